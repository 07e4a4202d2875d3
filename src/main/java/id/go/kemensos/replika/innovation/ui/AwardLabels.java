package id.go.kemensos.replika.innovation.ui;

import com.vaadin.flow.component.Component;
import id.go.kemensos.replika.innovation.AwardLevel;
import id.go.kemensos.replika.innovation.Competition;

/** Award texts as users read them, e.g. "KIPP 2018 · Top 99". */
final class AwardLabels {

    private AwardLabels() {
    }

    static String award(Component translator, Competition competition, Integer year, AwardLevel level) {
        if (competition == null || year == null || level == null) {
            return "";
        }
        return translator.getTranslation("award.competition." + competition.name()) + " " + year + " · "
                + translator.getTranslation("award.level." + level.name());
    }
}
