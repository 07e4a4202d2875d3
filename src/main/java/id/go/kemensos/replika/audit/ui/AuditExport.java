package id.go.kemensos.replika.audit.ui;

import id.go.kemensos.replika.audit.AuditFilter;
import id.go.kemensos.replika.audit.AuditListItem;
import id.go.kemensos.replika.audit.AuditService;
import id.go.kemensos.replika.base.export.ExportColumn;
import id.go.kemensos.replika.base.export.ExportSpec;
import java.util.List;
import org.springframework.data.domain.Sort;

/** The audit grid as a file: every column, the details as stored and the hash. */
final class AuditExport {

    static final String SLUG = "jejak-audit";

    private static final List<ExportColumn<AuditListItem>> COLUMNS = List.of(
            ExportColumn.integer("export.column.id", AuditListItem::id),
            ExportColumn.dateTime("audit.column.time", AuditListItem::occurredAt),
            ExportColumn.text("audit.column.user", AuditListItem::username),
            ExportColumn.text("audit.column.role", AuditListItem::userRole),
            ExportColumn.text("audit.column.recordType", AuditListItem::recordType),
            ExportColumn.integer("audit.column.recordId", AuditListItem::recordId),
            ExportColumn.label("audit.column.action", item -> "audit.action." + item.action().name()),
            ExportColumn.text("audit.column.summary", AuditListItem::summary),
            ExportColumn.text("audit.column.details", AuditListItem::details),
            ExportColumn.text("audit.column.address", AuditListItem::clientAddress),
            ExportColumn.text("audit.column.hash", AuditListItem::hash));

    private AuditExport() {
    }

    static ExportSpec<AuditListItem> spec(AuditService service, AuditFilter filter, Sort sort) {
        return new ExportSpec<>(SLUG, COLUMNS, sort, AuditService.MAX_PAGE, pageable -> service.search(filter,
                pageable));
    }
}
