package id.go.kemensos.replika.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * SHA-256 over the previous entry's hash and this entry's canonical content. Each value is written with its
 * length ({@code 5:admin}) and a null as {@code -}, so no two different entries have the same canonical text.
 */
final class AuditHash {

    /** The "previous hash" of the very first entry. */
    static final String GENESIS = "0".repeat(64);

    private static final DateTimeFormatter MICROS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS");

    private AuditHash() {
    }

    static String of(String prevHash, long id, LocalDateTime occurredAt, String username, String role, Long unitId,
            String recordType, Long recordId, String action, String details, String clientAddress) {
        StringBuilder canonical = new StringBuilder(256);
        for (Object value : new Object[] {prevHash, id, MICROS.format(occurredAt), username, role, unitId,
                recordType, recordId, action, details, clientAddress}) {
            if (value == null) {
                canonical.append('-');
            } else {
                String text = value.toString();
                canonical.append(text.length()).append(':').append(text);
            }
            canonical.append('|');
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
