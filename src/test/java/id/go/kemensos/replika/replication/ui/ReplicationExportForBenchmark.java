package id.go.kemensos.replika.replication.ui;

import id.go.kemensos.replika.base.export.ExportSpec;
import id.go.kemensos.replika.replication.ReplicationFilter;
import id.go.kemensos.replika.replication.ReplicationListItem;
import id.go.kemensos.replika.replication.ReplicationService;
import org.springframework.data.domain.Sort;

/** Opens the status grid's export (package-private) to the benchmark harness, unchanged. */
public final class ReplicationExportForBenchmark {

    private ReplicationExportForBenchmark() {
    }

    /** What the grid's export link writes for {@code filter} in the grid's default order. */
    public static ExportSpec<ReplicationListItem> spec(ReplicationService service, ReplicationFilter filter) {
        return ReplicationExport.spec(service, filter, Sort.unsorted());
    }
}
