package id.go.kemensos.replika.report.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import id.go.kemensos.replika.IntegrationTest;
import id.go.kemensos.replika.base.NotFoundException;
import id.go.kemensos.replika.base.i18n.Formats;
import id.go.kemensos.replika.report.ReportFile;
import java.time.Year;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The download buttons on the replication and unit pages and on the directors' dashboard, and how a refusal reaches
 * the user.
 */
@IntegrationTest
class ReportDownloadViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("kartini")
    void theReplicationPageOffersItsStatusReport() throws Exception {
        UI.getCurrent().navigate("replications/25");
        test(find(Button.class).withId("report-replication").single()).click();

        assertThat(find(Notification.class).all()).as("no error").isEmpty();
        ReportFile file = find(PdfDownload.class).single().prepared();
        assertThat(file.fileName()).isEqualTo("laporan-replikasi-25-" + java.time.LocalDate.now(Formats.ZONE) + ".pdf");
        try (PDDocument pdf = Loader.loadPDF(file.content())) {
            assertThat(pdf.getNumberOfPages()).isPositive();
        }
    }

    @Test
    @WithUserDetails("kartini")
    void anOperatorGetsTheirOwnUnitsSummaryForTheChosenYear() {
        UI.getCurrent().navigate("units/10");
        @SuppressWarnings("unchecked")
        Select<Integer> year = find(Select.class).withId("unit-report-year").single();
        int thisYear = Year.now(Formats.ZONE).getValue();
        assertThat(year.getValue()).isEqualTo(thisYear);
        test(year).selectItem(String.valueOf(thisYear - 1));

        test(find(Button.class).withId("report-unit").single()).click();
        assertThat(find(Notification.class).all()).as("no error").isEmpty();
        assertThat(find(PdfDownload.class).single().prepared().fileName())
                .isEqualTo("ringkasan-unit-st-kartini-" + (thisYear - 1) + ".pdf");
    }

    @Test
    @WithUserDetails("kartini")
    void anotherUnitsPageOffersAnOperatorNoSummary() {
        UI.getCurrent().navigate("units/13");
        assertThat(find(Button.class).withId("report-unit").all()).isEmpty();
    }

    @Test
    @WithUserDetails("direktur")
    void staffMayPrintAnyUnitsSummary() {
        UI.getCurrent().navigate("units/13");
        assertThat(find(Button.class).withId("report-unit").all()).hasSize(1);
    }

    @Test
    @WithUserDetails("direktur")
    void theDirectorsDashboardOffersTheAnnualPortfolioOfTheChosenYear() throws Exception {
        UI.getCurrent().navigate("");
        @SuppressWarnings("unchecked")
        Select<Integer> year = find(Select.class).withId("dashboard-portfolio-year").single();
        int thisYear = Year.now(Formats.ZONE).getValue();
        assertThat(year.getValue()).isEqualTo(thisYear);
        assertThat(year.getListDataView().getItems().toList()).startsWith(thisYear).endsWith(2014)
                .hasSize(thisYear - 2014 + 1);
        Button download = find(Button.class).withId("dashboard-portfolio-download").single();
        assertThat(download.getText()).isEqualTo("Unduh portofolio tahunan (PDF)");
        test(year).selectItem(String.valueOf(thisYear - 1));

        test(download).click();
        assertThat(find(Notification.class).all()).as("no error").isEmpty();
        ReportFile file = find(PdfDownload.class).single().prepared();
        assertThat(file.fileName()).isEqualTo("portofolio-tahunan-" + (thisYear - 1) + ".pdf");
        try (PDDocument pdf = Loader.loadPDF(file.content())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Portofolio replikasi inovasi " + (thisYear - 1));
        }
    }

    @Test
    @WithUserDetails("admin")
    void administratorsHaveThePortfolioDownloadToo() {
        UI.getCurrent().navigate("");
        assertThat(find(Button.class).withId("dashboard-portfolio-download").all()).hasSize(1);
    }

    @Test
    @WithUserDetails("kartini")
    void anOperatorsDashboardOffersNoPortfolio() {
        UI.getCurrent().navigate("");
        assertThat(find(Component.class).withId("dashboard-operator").all()).as("kartini's own dashboard").hasSize(1);
        assertThat(find(Button.class).withId("dashboard-portfolio-download").all()).isEmpty();
        assertThat(find(Select.class).withId("dashboard-portfolio-year").all()).isEmpty();
    }

    @Test
    @WithUserDetails("kartini")
    void aRefusalIsANotificationNotAStackTrace() {
        PdfDownload missing = new PdfDownload("missing", "report.replication.download", locale -> {
            throw new NotFoundException();
        });
        PdfDownload refused = new PdfDownload("refused", "report.unit.download", locale -> {
            throw new AccessDeniedException("not yours");
        });
        UI.getCurrent().add(missing, refused);

        test(find(Button.class).withId("missing").single()).click();
        assertThat(find(Notification.class).all()).anySatisfy(notification -> assertThat(test(notification).getText())
                .isEqualTo(missing.getTranslation("error.notFound")));
        test(find(Button.class).withId("refused").single()).click();
        assertThat(find(Notification.class).all()).anySatisfy(notification -> assertThat(test(notification).getText())
                .isEqualTo(missing.getTranslation("error.accessDenied.text")));
        assertThat(missing.prepared()).isNull();
        assertThat(refused.prepared()).isNull();
    }
}
