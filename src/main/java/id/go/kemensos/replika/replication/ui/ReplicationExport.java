package id.go.kemensos.replika.replication.ui;

import id.go.kemensos.replika.base.export.ExportColumn;
import id.go.kemensos.replika.base.export.ExportSpec;
import id.go.kemensos.replika.base.i18n.Formats;
import id.go.kemensos.replika.replication.ReplicationFilter;
import id.go.kemensos.replika.replication.ReplicationListItem;
import id.go.kemensos.replika.replication.ReplicationService;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Sort;

/** The status grid as a file: its columns plus the id and the dates behind "days in status". */
final class ReplicationExport {

    static final String SLUG = "replikasi";

    private static final List<ExportColumn<ReplicationListItem>> COLUMNS = List.of(
            ExportColumn.integer("export.column.id", ReplicationListItem::id),
            ExportColumn.text("replication.field.innovation", ReplicationListItem::innovationTitle),
            ExportColumn.text("replication.field.origin", ReplicationListItem::originUnitName),
            ExportColumn.text("replication.field.adopting", ReplicationListItem::adoptingUnitName),
            ExportColumn.text("replication.field.province", ReplicationListItem::province),
            ExportColumn.label("replication.field.status", item -> "replication.status." + item.status().name()),
            ExportColumn.integer("export.column.progressPercent", ReplicationListItem::progressPercent),
            ExportColumn.date("replication.field.lastReport", item -> day(item.lastReportAt())),
            ExportColumn.label("replication.field.overdue", item -> item.overdue() ? "common.yes" : "common.no"),
            ExportColumn.date("export.column.statusSince", item -> day(item.statusSince())),
            ExportColumn.integer("replication.field.daysInStatus",
                    item -> Math.max(0, Duration.between(item.statusSince(), Instant.now()).toDays())),
            ExportColumn.dateTime("replication.field.updated", ReplicationListItem::modifiedAt));

    private ReplicationExport() {
    }

    /** Every replication the service returns for {@code filter}, in {@code sort} order. */
    static ExportSpec<ReplicationListItem> spec(ReplicationService service, ReplicationFilter filter, Sort sort) {
        return new ExportSpec<>(SLUG, COLUMNS, sort, ReplicationService.MAX_PAGE,
                pageable -> service.search(filter, pageable));
    }

    private static LocalDate day(Instant instant) {
        return instant == null ? null : instant.atZone(Formats.ZONE).toLocalDate();
    }
}
