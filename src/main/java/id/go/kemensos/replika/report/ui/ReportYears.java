package id.go.kemensos.replika.report.ui;

import com.vaadin.flow.component.select.Select;
import id.go.kemensos.replika.base.i18n.Formats;
import id.go.kemensos.replika.innovation.InnovationService;
import java.time.Year;
import java.util.stream.IntStream;

/** The year a report covers: this year (chosen at first) back to the first competition, 2014. */
final class ReportYears {

    private ReportYears() {
    }

    static Select<Integer> select(String id, String label) {
        int thisYear = Year.now(Formats.ZONE).getValue();
        Select<Integer> year = new Select<>();
        year.setId(id);
        year.setLabel(label);
        year.setItems(IntStream.iterate(thisYear, y -> y >= InnovationService.FIRST_AWARD_YEAR, y -> y - 1).boxed()
                .toList());
        year.setValue(thisYear);
        year.setEmptySelectionAllowed(false);
        return year;
    }
}
