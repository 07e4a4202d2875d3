package id.go.kemensos.replika.unit.ui;

import id.go.kemensos.replika.base.export.ExportColumn;
import id.go.kemensos.replika.base.export.ExportSpec;
import id.go.kemensos.replika.unit.UnitFilter;
import id.go.kemensos.replika.unit.UnitListItem;
import id.go.kemensos.replika.unit.UnitService;
import java.util.List;
import org.springframework.data.domain.Sort;

/** The units grid as a file: its columns plus the id. */
final class UnitExport {

    static final String SLUG = "unit-kerja";

    private static final List<ExportColumn<UnitListItem>> COLUMNS = List.of(
            ExportColumn.integer("export.column.id", UnitListItem::id),
            ExportColumn.text("unit.field.code", UnitListItem::code),
            ExportColumn.text("unit.field.name", UnitListItem::name),
            ExportColumn.label("unit.field.type", item -> "unit.type." + item.type().name()),
            ExportColumn.text("unit.field.parent", UnitListItem::parentName),
            ExportColumn.text("unit.field.city", UnitListItem::city),
            ExportColumn.text("unit.field.province", UnitListItem::province),
            ExportColumn.label("unit.field.status",
                    item -> item.active() ? "unit.status.active" : "unit.status.inactive"));

    private UnitExport() {
    }

    /** Every unit the service returns for {@code filter}, in {@code sort} order. */
    static ExportSpec<UnitListItem> spec(UnitService service, UnitFilter filter, Sort sort) {
        return new ExportSpec<>(SLUG, COLUMNS, sort, UnitService.MAX_PAGE, pageable -> service.search(filter, pageable));
    }
}
