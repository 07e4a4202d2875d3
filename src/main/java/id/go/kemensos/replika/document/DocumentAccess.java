package id.go.kemensos.replika.document;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;

/**
 * The documents of one record, reached through the record's own feature service, which checks the user's rights
 * on that record. {@link DocumentsPanel} works only through this.
 */
public interface DocumentAccess extends Serializable {

    List<DocumentInfo> list();

    DocumentInfo upload(DocumentType type, Path file, String originalFileName);

    DocumentContent open(long documentId);

    void delete(long documentId);
}
