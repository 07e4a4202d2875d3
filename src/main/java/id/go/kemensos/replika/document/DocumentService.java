package id.go.kemensos.replika.document;

import id.go.kemensos.replika.base.AuditableEvent;
import id.go.kemensos.replika.base.BusinessException;
import id.go.kemensos.replika.base.NotFoundException;
import id.go.kemensos.replika.security.Roles;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Attachments of any feature's records (innovations, replications, workshops), each owned by an owner type such as
 * {@code INNOVATION} and the owner's id. Callers are feature services that have already checked the user's right
 * to the owner; this service only requires staff, and never hands out a document under another owner.
 * The bytes are kept on disk in {@code replika.documents.dir}, outside the web root; the table holds the metadata.
 */
@Service
@Transactional(readOnly = true)
public class DocumentService {

    static final int OWNER_TYPE_MAX = 30;

    private static final Logger log = LoggerFactory.getLogger(DocumentService.class);
    private static final Pattern OWNER_TYPE = Pattern.compile("[A-Z][A-Z_]{0," + (OWNER_TYPE_MAX - 1) + "}");
    private static final String FIELD = "file";
    private static final long BYTES_PER_MB = 1024L * 1024L;
    private static final int BUFFER_SIZE = 64 * 1024;

    private final DocumentRepository repository;
    private final Path directory;
    private final long maxSizeMb;
    private final ApplicationEventPublisher events;

    DocumentService(DocumentRepository repository, @Value("${replika.documents.dir}") String directory,
            @Value("${replika.documents.max-size-mb}") long maxSizeMb, ApplicationEventPublisher events) {
        this.events = events;
        if (maxSizeMb < 1) {
            throw new IllegalArgumentException("replika.documents.max-size-mb must be at least 1");
        }
        this.repository = repository;
        this.directory = Path.of(directory).toAbsolutePath().normalize();
        this.maxSizeMb = maxSizeMb;
        try {
            Files.createDirectories(this.directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the document directory " + this.directory, e);
        }
    }

    /** The accepted formats, for the upload hint: {@code PDF, PNG, JPEG, DOCX, XLSX}. */
    public static String allowedExtensionsLabel() {
        return Arrays.stream(FileFormat.values()).map(FileFormat::label).collect(Collectors.joining(", "));
    }

    /**
     * Whether {@code file} really is an XLSX workbook (the ZIP signature and the workbook entry), checked as uploaded
     * documents are; for features that read uploads without storing them.
     */
    public static boolean isXlsx(Path file) {
        try {
            return FileFormat.XLSX.matches(file);
        } catch (IOException e) {
            return false;
        }
    }

    /** The largest file {@link #store} accepts, for the upload component's own limit. */
    public long maxSizeBytes() {
        return maxSizeMb * BYTES_PER_MB;
    }

    /**
     * Keeps a copy of {@code uploadedFile} (e.g. Vaadin's temporary upload file, which stays the caller's to
     * delete) as a document of the owner. Rejects, with nothing stored, an empty or too large file, a name whose
     * extension is not accepted, and content that is not what the extension says. If the surrounding transaction
     * rolls back, the copy is deleted again.
     */
    @Transactional
    @PreAuthorize(Roles.STAFF)
    public DocumentInfo store(String ownerType, long ownerId, DocumentType type, Path uploadedFile,
            String originalFileName) {
        checkOwner(ownerType, ownerId);
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(uploadedFile, "uploadedFile");
        checkSize(sizeOf(uploadedFile));
        String extension = FileNames.extension(originalFileName);
        FileFormat format = FileFormat.byExtension(extension)
                .orElseThrow(() -> rejected("document.rejected.type", allowedExtensionsLabel()));

        StoredFile stored = copyIntoStore(uploadedFile, format);
        deleteUnlessCommitted(stored.path());
        Document document = new Document(ownerType, ownerId, type, FileNames.displayName(originalFileName, extension),
                stored.name(), format.contentType(), stored.sizeBytes(), stored.sha256());
        return toInfo(repository.saveAndFlush(document));
    }

    /** The owner's documents, newest first. */
    @PreAuthorize(Roles.STAFF)
    public List<DocumentInfo> list(String ownerType, long ownerId) {
        checkOwner(ownerType, ownerId);
        return repository.findByOwnerTypeAndOwnerIdOrderByCreatedAtDescIdDesc(ownerType, ownerId).stream()
                .map(DocumentService::toInfo)
                .toList();
    }

    /**
     * The document's bytes for a download; not found unless it exists and belongs to this owner. Announced as an
     * {@link AuditableEvent} for the audit trail.
     */
    @PreAuthorize(Roles.STAFF)
    public DocumentContent open(String ownerType, long ownerId, long documentId) {
        Document document = find(ownerType, ownerId, documentId);
        Path path = pathOf(document.getStoredName());
        if (!Files.isRegularFile(path)) {
            log.error("The file of document {} is missing: {}", documentId, path);
            throw new NotFoundException();
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("owner", ownerType);
        details.put("ownerId", ownerId);
        details.put("file", document.getOriginalName());
        events.publishEvent(new AuditableEvent(AuditableEvent.Kind.DOWNLOAD, Document.class.getSimpleName(),
                documentId, details));
        return new DocumentContent(document.getOriginalName(), document.getContentType(), document.getSizeBytes(),
                path);
    }

    /** Removes the document of this owner; its file is deleted once the transaction has committed. */
    @Transactional
    @PreAuthorize(Roles.STAFF)
    public void delete(String ownerType, long ownerId, long documentId) {
        Document document = find(ownerType, ownerId, documentId);
        repository.delete(document);
        repository.flush();
        Path path = pathOf(document.getStoredName());
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                deleteQuietly(path);
            }
        });
    }

    @PreAuthorize(Roles.STAFF)
    public long count(String ownerType, long ownerId) {
        checkOwner(ownerType, ownerId);
        return repository.countByOwnerTypeAndOwnerId(ownerType, ownerId);
    }

    private Document find(String ownerType, long ownerId, long documentId) {
        checkOwner(ownerType, ownerId);
        return repository.findByIdAndOwnerTypeAndOwnerId(documentId, ownerType, ownerId)
                .orElseThrow(NotFoundException::new);
    }

    /** Owner types are upper-case codes; the column's collation ignores case, so other spellings are refused. */
    private static void checkOwner(String ownerType, long ownerId) {
        if (ownerType == null || !OWNER_TYPE.matcher(ownerType).matches()) {
            throw new IllegalArgumentException("Owner type must be an upper-case code: " + ownerType);
        }
        if (ownerId <= 0) {
            throw new IllegalArgumentException("Owner id must be positive: " + ownerId);
        }
    }

    private void checkSize(long size) {
        if (size == 0) {
            throw rejected("document.rejected.empty");
        }
        if (size > maxSizeBytes()) {
            throw rejected("document.rejected.tooLarge", maxSizeMb);
        }
    }

    /**
     * Copies the upload into a temporary file of the store while hashing it, checks that copy (so the bytes
     * checked are the bytes kept), then moves it atomically to its final name. Leaves nothing behind on failure.
     */
    private StoredFile copyIntoStore(Path uploadedFile, FileFormat format) {
        Path temp = null;
        try {
            temp = Files.createTempFile(directory, "upload-", ".part");
            MessageDigest sha256 = sha256();
            long size;
            try (InputStream in = new DigestInputStream(Files.newInputStream(uploadedFile), sha256);
                    OutputStream out = Files.newOutputStream(temp)) {
                size = copyAtMost(in, out, maxSizeBytes() + 1);
            }
            checkSize(size); // the upload may have changed since it was measured
            if (!format.matches(temp)) {
                throw rejected("document.rejected.mismatch", format.label());
            }
            String name = UUID.randomUUID() + "." + format.storedExtension();
            Path target = pathOf(name);
            Files.createDirectories(target.getParent());
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            return new StoredFile(name, target, size, HexFormat.of().formatHex(sha256.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store the uploaded file", e);
        } finally {
            if (temp != null) {
                deleteQuietly(temp);
            }
        }
    }

    /** A file of the store: sub-folder by the first two characters, so no folder grows too large. */
    private Path pathOf(String storedName) {
        return directory.resolve(storedName.substring(0, 2)).resolve(storedName);
    }

    /** A rolled-back upload leaves no file. (An unknown outcome keeps it: an orphan file beats a missing one.) */
    private static void deleteUnlessCommitted(Path path) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status == STATUS_ROLLED_BACK) {
                    deleteQuietly(path);
                }
            }
        });
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the uploaded file", e);
        }
    }

    /** Copies until the end or until {@code limit} bytes, whichever comes first; returns the bytes copied. */
    private static long copyAtMost(InputStream in, OutputStream out, long limit) throws IOException {
        byte[] buffer = new byte[BUFFER_SIZE];
        long total = 0;
        int read;
        while (total < limit && (read = in.read(buffer, 0, (int) Math.min(buffer.length, limit - total))) >= 0) {
            out.write(buffer, 0, read);
            total += read;
        }
        return total;
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            log.warn("Could not delete {}; it is left as an orphan file", path, e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static BusinessException rejected(String key, Object... args) {
        return new BusinessException(key, FIELD, args);
    }

    private static DocumentInfo toInfo(Document document) {
        return new DocumentInfo(document.getId(), document.getOwnerType(), document.getOwnerId(), document.getType(),
                document.getOriginalName(), document.getContentType(), document.getSizeBytes(), document.getSha256(),
                document.getCreatedBy(), document.getCreatedAt());
    }

    private record StoredFile(String name, Path path, long sizeBytes, String sha256) {
    }
}
