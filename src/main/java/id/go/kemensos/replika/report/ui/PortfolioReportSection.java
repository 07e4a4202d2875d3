package id.go.kemensos.replika.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import id.go.kemensos.replika.dashboard.DirectorDashboardSection;
import id.go.kemensos.replika.report.ReportService;
import java.time.Year;

/** On the directors' dashboard: the annual portfolio of a chosen year (this year at first) as a PDF. */
@org.springframework.stereotype.Component
class PortfolioReportSection implements DirectorDashboardSection {

    private final ReportService reports;

    PortfolioReportSection(ReportService reports) {
        this.reports = reports;
    }

    @Override
    public Component create() {
        HorizontalLayout row = new HorizontalLayout();
        row.setId("dashboard-portfolio");
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        Select<Integer> year = ReportYears.select("dashboard-portfolio-year",
                row.getTranslation("dashboard.portfolio.year"));
        PdfDownload download = new PdfDownload("dashboard-portfolio-download", "dashboard.portfolio.download",
                locale -> reports.annualPortfolio(year.getValue() == null ? null : Year.of(year.getValue()), locale));
        row.add(year, download);
        return row;
    }
}
