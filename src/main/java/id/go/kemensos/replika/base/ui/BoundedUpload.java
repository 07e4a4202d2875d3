package id.go.kemensos.replika.base.ui;

import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Receives one uploaded file into a temporary file of its own, refusing it once it passes {@code maxBytes} (the
 * browser's limit can be bypassed; this one cannot), and always deletes the temporary file afterwards. The
 * receiver runs in the upload request, outside the UI lock, so slow checks do not freeze the user's screen.
 */
public final class BoundedUpload implements UploadHandler {

    /** Takes the received file; it is deleted when this returns. Runs outside the UI lock. */
    @FunctionalInterface
    public interface Receiver extends Serializable {
        void receive(UploadEvent event, String fileName, Path file);
    }

    private static final int BUFFER = 64 * 1024;
    private static final Path FOLDER = Path.of(System.getProperty("java.io.tmpdir"), "replika-uploads");

    private final long maxBytes;
    private final Receiver receiver;
    private final Receiver tooLarge;

    public BoundedUpload(long maxBytes, Receiver receiver, Receiver tooLarge) {
        this.maxBytes = maxBytes;
        this.receiver = receiver;
        this.tooLarge = tooLarge;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        if (event.getFileSize() > maxBytes) {
            event.reject("too large");
            tooLarge.receive(event, event.getFileName(), null);
            return;
        }
        Files.createDirectories(FOLDER);
        Path file = Files.createTempFile(FOLDER, "upload-", ".part");
        try {
            if (copyAtMost(event.getInputStream(), file) > maxBytes) {
                event.reject("too large");
                tooLarge.receive(event, event.getFileName(), null);
                return;
            }
            receiver.receive(event, event.getFileName(), file);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public long getRequestSizeMax() {
        return maxBytes + BUFFER;
    }

    @Override
    public long getFileCountMax() {
        return 1;
    }

    /** Copies until the end or until one byte past the limit, whichever comes first; returns the bytes copied. */
    private long copyAtMost(InputStream in, Path file) {
        byte[] buffer = new byte[BUFFER];
        long copied = 0;
        try (in; OutputStream out = Files.newOutputStream(file)) {
            int read;
            while (copied <= maxBytes && (read = in.read(buffer)) != -1) {
                out.write(buffer, 0, read);
                copied += read;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return copied;
    }
}
