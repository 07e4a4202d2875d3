package id.go.kemensos.replika.dashboard;

import com.vaadin.flow.component.Component;

/**
 * A part a package above adds to the directors' dashboard (printable reports add the annual portfolio this way), so
 * the dashboard need not know it. Shown to directors, PANRB and administrators, above the figures.
 */
public interface DirectorDashboardSection {

    Component create();
}
