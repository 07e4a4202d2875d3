package id.go.kemensos.replika.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The formats a document may have. The name's extension picks the format; the file's first bytes (and, for Office
 * files, the entries of the ZIP) must then confirm it.
 */
enum FileFormat {

    PDF("PDF", "application/pdf", List.of("pdf"), signature('%', 'P', 'D', 'F', '-'), null),
    PNG("PNG", "image/png", List.of("png"), signature(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A), null),
    JPEG("JPEG", "image/jpeg", List.of("jpg", "jpeg"), signature(0xFF, 0xD8, 0xFF), null),
    DOCX("DOCX", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of("docx"),
            signature('P', 'K', 0x03, 0x04), "word/document.xml"),
    XLSX("XLSX", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", List.of("xlsx"),
            signature('P', 'K', 0x03, 0x04), "xl/workbook.xml");

    private final String label;
    private final String contentType;
    private final List<String> extensions;
    private final byte[] signature;
    private final String requiredZipEntry;

    FileFormat(String label, String contentType, List<String> extensions, byte[] signature,
            String requiredZipEntry) {
        this.label = label;
        this.contentType = contentType;
        this.extensions = extensions;
        this.signature = signature;
        this.requiredZipEntry = requiredZipEntry;
    }

    /** The format a lower-case file-name extension stands for, if it is one we accept. */
    static Optional<FileFormat> byExtension(String extension) {
        return Arrays.stream(values()).filter(format -> format.extensions.contains(extension)).findFirst();
    }

    String label() {
        return label;
    }

    String contentType() {
        return contentType;
    }

    /** The extension of the stored file, whichever spelling the uploader used. */
    String storedExtension() {
        return extensions.getFirst();
    }

    /** Whether the file's content really is of this format. Reads only the first bytes (or the ZIP directory). */
    boolean matches(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(signature.length);
        }
        if (!Arrays.equals(head, signature)) {
            return false;
        }
        return requiredZipEntry == null || zipHasEntry(file, requiredZipEntry);
    }

    private static boolean zipHasEntry(Path file, String entryName) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return zip.getEntry(entryName) != null;
        } catch (ZipException | IllegalArgumentException corrupt) {
            return false;
        }
    }

    private static byte[] signature(int... bytes) {
        byte[] signature = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            signature[i] = (byte) bytes[i];
        }
        return signature;
    }
}
