package id.go.kemensos.replika.innovation.ui;

import id.go.kemensos.replika.document.DocumentAccess;
import id.go.kemensos.replika.document.DocumentContent;
import id.go.kemensos.replika.document.DocumentInfo;
import id.go.kemensos.replika.document.DocumentType;
import id.go.kemensos.replika.innovation.InnovationService;
import java.nio.file.Path;
import java.util.List;

/** An innovation's documents, through the innovation's service and its rules. */
record InnovationDocuments(InnovationService service, long innovationId) implements DocumentAccess {

    @Override
    public List<DocumentInfo> list() {
        return service.documents(innovationId);
    }

    @Override
    public DocumentInfo upload(DocumentType type, Path file, String originalFileName) {
        return service.uploadDocument(innovationId, type, file, originalFileName);
    }

    @Override
    public DocumentContent open(long documentId) {
        return service.openDocument(innovationId, documentId);
    }

    @Override
    public void delete(long documentId) {
        service.deleteDocument(innovationId, documentId);
    }
}
