package id.go.kemensos.replika.document;

import id.go.kemensos.replika.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A file attached to a record of some feature, known only by owner type and id. The bytes live on disk under
 * {@code storedName}; the row never changes after upload (it is only deleted).
 */
@Entity
@Table(name = "document")
class Document extends AbstractEntity {

    @Column(name = "owner_type", nullable = false, length = DocumentService.OWNER_TYPE_MAX)
    private String ownerType;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "doc_type", nullable = false, length = 30)
    private DocumentType type;

    @Column(name = "original_name", nullable = false)
    private String originalName;

    @Column(name = "stored_name", nullable = false, updatable = false, length = 64)
    private String storedName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(nullable = false, length = 64)
    private String sha256;

    protected Document() {
        // for JPA
    }

    Document(String ownerType, long ownerId, DocumentType type, String originalName, String storedName,
            String contentType, long sizeBytes, String sha256) {
        this.ownerType = ownerType;
        this.ownerId = ownerId;
        this.type = type;
        this.originalName = originalName;
        this.storedName = storedName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
    }

    String getOwnerType() {
        return ownerType;
    }

    long getOwnerId() {
        return ownerId;
    }

    DocumentType getType() {
        return type;
    }

    String getOriginalName() {
        return originalName;
    }

    String getStoredName() {
        return storedName;
    }

    String getContentType() {
        return contentType;
    }

    long getSizeBytes() {
        return sizeBytes;
    }

    String getSha256() {
        return sha256;
    }
}
