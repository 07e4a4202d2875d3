package id.go.kemensos.replika.partner.ui;

import id.go.kemensos.replika.base.export.ExportColumn;
import id.go.kemensos.replika.base.export.ExportSpec;
import id.go.kemensos.replika.partner.PartnerFilter;
import id.go.kemensos.replika.partner.PartnerListItem;
import id.go.kemensos.replika.partner.PartnerService;
import java.util.List;
import org.springframework.data.domain.Sort;

/** The partners grid as a file: its columns plus the id. */
final class PartnerExport {

    static final String SLUG = "mitra-csr";

    private static final List<ExportColumn<PartnerListItem>> COLUMNS = List.of(
            ExportColumn.integer("export.column.id", PartnerListItem::id),
            ExportColumn.text("partner.field.companyName", PartnerListItem::companyName),
            ExportColumn.text("partner.field.programmeName", PartnerListItem::programmeName),
            ExportColumn.text("partner.field.sector", PartnerListItem::sector),
            ExportColumn.label("partner.field.status",
                    item -> item.active() ? "partner.status.active" : "partner.status.inactive"));

    private PartnerExport() {
    }

    /** Every partner the service returns for {@code filter}, in {@code sort} order. */
    static ExportSpec<PartnerListItem> spec(PartnerService service, PartnerFilter filter, Sort sort) {
        return new ExportSpec<>(SLUG, COLUMNS, sort, PartnerService.MAX_PAGE,
                pageable -> service.search(filter, pageable));
    }
}
