package id.go.kemensos.replika.document;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DocumentRepository extends JpaRepository<Document, Long> {

    List<Document> findByOwnerTypeAndOwnerIdOrderByCreatedAtDescIdDesc(String ownerType, long ownerId);

    Optional<Document> findByIdAndOwnerTypeAndOwnerId(long id, String ownerType, long ownerId);

    long countByOwnerTypeAndOwnerId(String ownerType, long ownerId);
}
