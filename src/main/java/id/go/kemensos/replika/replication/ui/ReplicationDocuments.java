package id.go.kemensos.replika.replication.ui;

import id.go.kemensos.replika.document.DocumentAccess;
import id.go.kemensos.replika.document.DocumentContent;
import id.go.kemensos.replika.document.DocumentInfo;
import id.go.kemensos.replika.document.DocumentType;
import id.go.kemensos.replika.replication.ReplicationService;
import java.nio.file.Path;
import java.util.List;

/** A replication's documents, through the replication's service and its rules. */
record ReplicationDocuments(ReplicationService service, long replicationId) implements DocumentAccess {

    @Override
    public List<DocumentInfo> list() {
        return service.get(replicationId).documents();
    }

    @Override
    public DocumentInfo upload(DocumentType type, Path file, String originalFileName) {
        return service.uploadDocument(replicationId, type, file, originalFileName);
    }

    @Override
    public DocumentContent open(long documentId) {
        return service.openDocument(replicationId, documentId);
    }

    @Override
    public void delete(long documentId) {
        service.deleteDocument(replicationId, documentId);
    }
}
