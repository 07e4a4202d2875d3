package id.go.kemensos.replika.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import id.go.kemensos.replika.report.ReportPeriod;
import id.go.kemensos.replika.report.ReportService;
import id.go.kemensos.replika.unit.UnitDetails;
import id.go.kemensos.replika.unit.UnitPageSection;

/**
 * On a unit's page: the unit summary for a year (this year unless chosen otherwise) as a PDF. Shown only to those
 * the service lets print it (staff, and the unit's own operators).
 */
@org.springframework.stereotype.Component
class UnitReportSection implements UnitPageSection {

    private final ReportService reports;

    UnitReportSection(ReportService reports) {
        this.reports = reports;
    }

    @Override
    public Component create(UnitDetails unit) {
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        section.setId("unit-report");
        if (!reports.mayPrintUnitSummary(unit.id())) {
            section.setVisible(false);
            return section;
        }
        Select<Integer> year = ReportYears.select("unit-report-year", section.getTranslation("report.unit.year"));
        long unitId = unit.id();
        PdfDownload download = new PdfDownload("report-unit", "report.unit.download",
                locale -> reports.unitSummary(unitId, ReportPeriod.year(year.getValue()), locale));
        HorizontalLayout row = new HorizontalLayout(year, download);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        section.add(new H3(section.getTranslation("report.unit.section")), row);
        return section;
    }
}
