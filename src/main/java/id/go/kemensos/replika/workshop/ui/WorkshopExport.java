package id.go.kemensos.replika.workshop.ui;

import id.go.kemensos.replika.base.export.ExportColumn;
import id.go.kemensos.replika.base.export.ExportSpec;
import id.go.kemensos.replika.workshop.WorkshopFilter;
import id.go.kemensos.replika.workshop.WorkshopListItem;
import id.go.kemensos.replika.workshop.WorkshopService;
import java.util.List;
import org.springframework.data.domain.Sort;

/** The workshops grid as a file: its columns plus the id; the revenue as a number of rupiah. */
final class WorkshopExport {

    static final String SLUG = "sheltered-workshop";

    private static final List<ExportColumn<WorkshopListItem>> COLUMNS = List.of(
            ExportColumn.integer("export.column.id", WorkshopListItem::id),
            ExportColumn.text("workshop.field.code", WorkshopListItem::code),
            ExportColumn.text("workshop.field.name", WorkshopListItem::name),
            ExportColumn.text("workshop.field.unit", WorkshopListItem::coachingUnitName),
            ExportColumn.text("workshop.field.regency", WorkshopListItem::regency),
            ExportColumn.text("workshop.field.province", WorkshopListItem::province),
            ExportColumn.label("workshop.field.status", item -> "workshop.status." + item.status().name()),
            ExportColumn.integer("workshop.field.latestMembers", WorkshopListItem::latestMembers),
            ExportColumn.money("export.column.revenue12Rupiah", WorkshopListItem::revenue12Months),
            ExportColumn.text("workshop.field.sponsors", WorkshopListItem::sponsors));

    private WorkshopExport() {
    }

    /** Every workshop the service returns for {@code filter}, in {@code sort} order. */
    static ExportSpec<WorkshopListItem> spec(WorkshopService service, WorkshopFilter filter, Sort sort) {
        return new ExportSpec<>(SLUG, COLUMNS, sort, WorkshopService.MAX_PAGE,
                pageable -> service.search(filter, pageable));
    }
}
