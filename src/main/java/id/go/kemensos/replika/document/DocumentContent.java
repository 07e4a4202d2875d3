package id.go.kemensos.replika.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A document's bytes for a download: opened from disk as a stream, never loaded whole into memory. */
public record DocumentContent(String fileName, String contentType, long sizeBytes, Path path) {

    /** A fresh stream over the stored bytes; the caller closes it. */
    public InputStream open() {
        try {
            return Files.newInputStream(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
