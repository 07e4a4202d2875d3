package id.go.kemensos.replika.innovation.ui;

import id.go.kemensos.replika.base.export.ExportColumn;
import id.go.kemensos.replika.base.export.ExportSpec;
import id.go.kemensos.replika.innovation.InnovationFilter;
import id.go.kemensos.replika.innovation.InnovationListItem;
import id.go.kemensos.replika.innovation.InnovationService;
import java.util.List;
import org.springframework.data.domain.Sort;

/** The innovations grid as a file: its columns, with the best award split into competition, year and level. */
final class InnovationExport {

    static final String SLUG = "inovasi";

    private static final List<ExportColumn<InnovationListItem>> COLUMNS = List.of(
            ExportColumn.integer("export.column.id", InnovationListItem::id),
            ExportColumn.text("innovation.field.code", InnovationListItem::code),
            ExportColumn.text("innovation.field.title", InnovationListItem::title),
            ExportColumn.text("innovation.field.originUnit", InnovationListItem::unitName),
            ExportColumn.text("innovation.field.province", InnovationListItem::province),
            ExportColumn.label("innovation.field.stage", item -> "innovation.stage." + item.stage().name()),
            ExportColumn.label("innovation.field.sustainability",
                    item -> "innovation.sustainability." + item.sustainability().name()),
            ExportColumn.label("export.column.bestAwardCompetition", item -> item.bestAwardCompetition() == null
                    ? null : "award.competition." + item.bestAwardCompetition().name()),
            ExportColumn.integer("export.column.bestAwardYear", InnovationListItem::bestAwardYear),
            ExportColumn.label("export.column.bestAwardLevel", item -> item.bestAwardLevel() == null
                    ? null : "award.level." + item.bestAwardLevel().name()),
            ExportColumn.label("innovation.field.endorsed", item -> item.endorsed() ? "common.yes" : "common.no"));

    private InnovationExport() {
    }

    /** Every innovation the service returns for {@code filter}, in {@code sort} order. */
    static ExportSpec<InnovationListItem> spec(InnovationService service, InnovationFilter filter, Sort sort) {
        return new ExportSpec<>(SLUG, COLUMNS, sort, InnovationService.MAX_PAGE,
                pageable -> service.search(filter, pageable));
    }
}
