package id.go.kemensos.replika.innovation;

import org.springframework.data.repository.Repository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Reads units for innovations; read-only on purpose. */
interface OriginUnitRepository extends Repository<OriginUnit, Long> {

    Optional<OriginUnit> findById(Long id);

    List<OriginUnit> findByCodeIn(Collection<String> codes);
}
