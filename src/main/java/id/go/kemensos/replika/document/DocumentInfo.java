package id.go.kemensos.replika.document;

import java.time.Instant;

/**
 * A stored document as callers see it. {@code fileName} is the sanitised original name (safe to display and to
 * offer as the download name); {@code contentType} was derived from the file's content, not from the browser.
 */
public record DocumentInfo(long id, String ownerType, long ownerId, DocumentType type, String fileName,
        String contentType, long sizeBytes, String sha256, String uploadedBy, Instant uploadedAt) {
}
