package id.go.kemensos.replika.dashboard.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import id.go.kemensos.replika.base.i18n.Formats;
import id.go.kemensos.replika.base.ui.BarChart;
import id.go.kemensos.replika.base.ui.UrlQuery;
import id.go.kemensos.replika.dashboard.UnitDashboard;
import id.go.kemensos.replika.replication.ReplicationStatus;
import id.go.kemensos.replika.workshop.WorkshopLatest;
import java.util.List;

/** An operator's home: what waits for their action, their unit's replications, and their workshops' latest month. */
final class OperatorDashboard extends Div {

    OperatorDashboard(UnitDashboard figures) {
        setId("dashboard-operator");
        addClassName("dashboard");
        long unit = figures.unitId();

        H3 todo = new H3(getTranslation("dashboard.action.title"));
        todo.addClassName("chart-title");
        Div tiles = new Div(
                new Tile("dashboard-action-drafts", String.valueOf(figures.drafts()),
                        getTranslation("dashboard.action.drafts"), adopting(unit).with("status",
                        ReplicationStatus.DRAFT).href(Links.REPLICATIONS)),
                new Tile("dashboard-action-approved", String.valueOf(figures.approvedNotStarted()),
                        getTranslation("dashboard.action.approved"), adopting(unit).with("status",
                        ReplicationStatus.APPROVED).href(Links.REPLICATIONS)),
                new Tile("dashboard-action-due", String.valueOf(figures.reportsDue()),
                        getTranslation("dashboard.action.due"),
                        adopting(unit).with("due", true).href(Links.REPLICATIONS)),
                new Tile("dashboard-action-overdue", String.valueOf(figures.reportsOverdue()),
                        getTranslation("dashboard.action.overdue"),
                        adopting(unit).with("overdue", true).href(Links.REPLICATIONS)));
        tiles.addClassName("dashboard-tiles");
        add(todo, tiles);

        BarChart.Builder chart = BarChart.horizontal("dashboard-unit-replications",
                        getTranslation("dashboard.unitReplications.title"))
                .axes(getTranslation("dashboard.axis.status"), getTranslation("dashboard.axis.replications"))
                .series(List.of(getTranslation("dashboard.unitReplications.adopting"),
                        getTranslation("dashboard.unitReplications.originating")))
                .grouped();
        for (ReplicationStatus status : ReplicationStatus.values()) {
            chart.category(status.name(), getTranslation("replication.status." + status.name()),
                    List.of(figures.adopting().get(status), figures.originating().get(status)),
                    List.of(adopting(unit).with("status", status).href(Links.REPLICATIONS),
                            UrlQuery.empty().with("origin", unit).with("status", status).href(Links.REPLICATIONS)),
                    // an operator's grid holds their unit's replications only, so the status alone is the total
                    UrlQuery.empty().with("status", status).href(Links.REPLICATIONS));
        }
        Div grid = new Div(DirectorDashboard.card(chart.build(), false), DirectorDashboard.card(workshops(figures),
                false));
        grid.addClassName("dashboard-grid");
        add(grid);
    }

    private static UrlQuery adopting(long unit) {
        return UrlQuery.empty().with("adopting", unit);
    }

    private Div workshops(UnitDashboard figures) {
        Div box = new Div();
        box.setId("dashboard-unit-workshops");
        H3 heading = new H3(getTranslation("dashboard.unitWorkshops.title"));
        heading.addClassName("chart-title");
        box.add(heading);
        if (figures.workshops().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("dashboard.unitWorkshops.none"));
            none.addClassName("muted");
            box.add(none);
            return box;
        }
        NativeTable table = new NativeTable();
        table.addClassName("dashboard-table");
        table.setCaptionText(getTranslation("dashboard.unitWorkshops.caption"));
        NativeTableRow head = table.getHead().addRow();
        for (String key : List.of("dashboard.unitWorkshops.name", "dashboard.unitWorkshops.status",
                "dashboard.unitWorkshops.month", "dashboard.unitWorkshops.members",
                "dashboard.unitWorkshops.revenue")) {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(getTranslation(key));
            cell.getElement().setAttribute("scope", "col");
            head.add(cell);
        }
        for (WorkshopLatest workshop : figures.workshops()) {
            NativeTableRow row = table.getBody().addRow();
            Anchor name = new Anchor("workshops/" + workshop.id(), workshop.name());
            name.getElement().setAttribute("router-link", true);
            NativeTableHeaderCell nameCell = new NativeTableHeaderCell(name);
            nameCell.getElement().setAttribute("scope", "row");
            row.add(nameCell,
                    new NativeTableCell(getTranslation("workshop.status." + workshop.status().name())),
                    new NativeTableCell(Formats.monthYear(workshop.month(), getLocale())),
                    numeric(workshop.members() == null ? "–" : String.valueOf(workshop.members())),
                    numeric(workshop.revenue() == null ? "–" : Formats.money(workshop.revenue())));
        }
        Anchor all = new Anchor(UrlQuery.empty().href(Links.WORKSHOPS),
                getTranslation("dashboard.unitWorkshops.all", figures.workshopCount()));
        all.setId("dashboard-unit-workshops-all");
        all.getElement().setAttribute("router-link", true);
        Div scroll = new Div(table);
        scroll.addClassName("chart-table-scroll");
        box.add(scroll, new Paragraph(all));
        return box;
    }

    private static NativeTableCell numeric(String text) {
        NativeTableCell cell = new NativeTableCell(text);
        cell.addClassName("numeric");
        return cell;
    }
}
