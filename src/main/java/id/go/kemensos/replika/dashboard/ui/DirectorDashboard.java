package id.go.kemensos.replika.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import id.go.kemensos.replika.base.Texts;
import id.go.kemensos.replika.base.i18n.AppI18NProvider;
import id.go.kemensos.replika.base.i18n.Formats;
import id.go.kemensos.replika.base.ui.BarChart;
import id.go.kemensos.replika.base.ui.UrlQuery;
import id.go.kemensos.replika.dashboard.Phase;
import id.go.kemensos.replika.dashboard.Portfolio;
import id.go.kemensos.replika.dashboard.WorkshopTotals;
import id.go.kemensos.replika.innovation.AwardLevel;
import id.go.kemensos.replika.innovation.AwardedInnovations;
import id.go.kemensos.replika.innovation.Stage;
import id.go.kemensos.replika.innovation.Sustainability;
import id.go.kemensos.replika.replication.ProvinceReplications;
import id.go.kemensos.replika.replication.ReplicationStatus;
import id.go.kemensos.replika.replication.AdoptingUnitCount;
import id.go.kemensos.replika.workshop.MonthTotal;
import id.go.kemensos.replika.workshop.WorkshopStatus;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The directors' home (also PANRB's and administrators'): replications, innovations and workshops at a glance.
 * Every number links to the grid it counts, with that grid's filter in the URL.
 */
final class DirectorDashboard extends Div {

    private static final List<AwardLevel> ACHIEVEMENTS = List.of(AwardLevel.TOP_99, AwardLevel.TOP_45,
            AwardLevel.OUTSTANDING, AwardLevel.WINNER);

    /** @param sections what other packages add above the figures (the annual portfolio's download) */
    DirectorDashboard(Portfolio portfolio, List<Component> sections) {
        setId("dashboard-director");
        addClassName("dashboard");
        if (!sections.isEmpty()) {
            Div extras = new Div();
            extras.setId("dashboard-sections");
            extras.addClassName("dashboard-sections");
            sections.forEach(extras::add);
            add(extras);
        }
        WorkshopTotals workshops = portfolio.workshops();
        MonthTotal latest = workshops.latestReported();

        Div tiles = new Div(
                new Tile("dashboard-replications", number(portfolio.replications()),
                        getTranslation("dashboard.tile.replications"), UrlQuery.empty().href(Links.REPLICATIONS)),
                new Tile("dashboard-overdue", number(portfolio.overdueReports()),
                        getTranslation("dashboard.tile.overdue"),
                        UrlQuery.empty().with("overdue", true).href(Links.REPLICATIONS)),
                new Tile("dashboard-innovations", number(portfolio.innovationCount()),
                        getTranslation("dashboard.tile.innovations"), UrlQuery.empty().href(Links.INNOVATIONS)),
                new Tile("dashboard-workshops", number(workshops.workshops()),
                        getTranslation("dashboard.tile.workshops"), UrlQuery.empty().href(Links.WORKSHOPS)),
                new Tile("dashboard-members", latest == null ? "–" : number(latest.members()),
                        latest == null ? getTranslation("dashboard.tile.membersNone")
                                : getTranslation("dashboard.tile.members", Formats.monthYear(latest.month(),
                                        getLocale())), UrlQuery.empty().href(Links.WORKSHOPS)));
        tiles.addClassName("dashboard-tiles");
        add(tiles);

        Div grid = new Div(funnel(portfolio.funnel()), innovations(portfolio.innovations()),
                units(portfolio.topAdoptingUnits(), portfolio.idleUnits()), provinces(portfolio.byProvince()),
                achievements(portfolio.achievements()), revenue(workshops.months()),
                workshopStatuses(workshops.byStatus()), members(workshops.months()));
        grid.addClassName("dashboard-grid");
        add(grid);
    }

    private Component funnel(Map<ReplicationStatus, Long> funnel) {
        BarChart.Builder chart = BarChart.horizontal("dashboard-funnel", getTranslation("dashboard.funnel.title"))
                .axes(getTranslation("dashboard.axis.status"), getTranslation("dashboard.axis.replications"))
                .seriesClasses(List.of("chart-series-0"))
                .totalsRow(getTranslation("dashboard.chart.total"), List.of(UrlQuery.empty().href(Links.REPLICATIONS)),
                        null);
        funnel.forEach((status, count) -> chart.category(status.name(),
                getTranslation("replication.status." + status.name()), count,
                UrlQuery.empty().with("status", status).href(Links.REPLICATIONS)));
        return card(chart.build(), false);
    }

    private Component units(List<AdoptingUnitCount> top, List<AdoptingUnitCount> idle) {
        BarChart.Builder chart = phaseChart("dashboard-units", getTranslation("dashboard.units.title"),
                getTranslation("dashboard.axis.adoptingUnit"));
        for (AdoptingUnitCount unit : top) {
            UrlQuery base = UrlQuery.empty().with("adopting", unit.unitId());
            chart.category(String.valueOf(unit.unitId()), unit.unitName(),
                    Phase.all().stream().map(phase -> phase.count(unit.byStatus())).toList(),
                    Phase.all().stream().map(phase -> UrlQuery.empty().with("adopting", unit.unitId())
                            .with("status", statusParameter(phase)).href(Links.REPLICATIONS)).toList(),
                    base.href(Links.REPLICATIONS));
        }
        Div card = card(chart.emptyText(getTranslation("dashboard.units.empty")).build(), true);
        Div idleBox = new Div();
        idleBox.setId("dashboard-idle");
        idleBox.addClassName("dashboard-idle");
        H3 heading = new H3(getTranslation("dashboard.idle.title"));
        heading.addClassName("chart-title");
        idleBox.add(heading);
        if (idle.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("dashboard.idle.none"));
            none.addClassName("muted");
            idleBox.add(none);
        } else {
            UnorderedList list = new UnorderedList();
            for (AdoptingUnitCount unit : idle) {
                Anchor link = new Anchor(UrlQuery.empty().with("adopting", unit.unitId()).href(Links.REPLICATIONS),
                        unit.unitName() + (unit.province() == null ? "" : " (" + unit.province() + ")"));
                link.setId("dashboard-idle-" + unit.unitId());
                link.getElement().setAttribute("router-link", true);
                list.add(new ListItem(link));
            }
            idleBox.add(list);
        }
        card.add(idleBox);
        return card;
    }

    private Component provinces(List<ProvinceReplications> provinces) {
        BarChart.Builder chart = phaseChart("dashboard-provinces", getTranslation("dashboard.provinces.title"),
                getTranslation("dashboard.axis.province"));
        int unknown = 0;
        for (ProvinceReplications province : provinces) {
            String name = province.province();
            List<Long> values = Phase.all().stream().map(phase -> phase.count(province.byStatus())).toList();
            if (name == null) {
                chart.category("unknown" + unknown++, getTranslation("dashboard.provinces.unknown"), values, null,
                        null);
                continue;
            }
            chart.category(Texts.slug(name), name, values, Phase.all().stream()
                            .map(phase -> UrlQuery.empty().with("province", name)
                                    .with("status", statusParameter(phase)).href(Links.REPLICATIONS)).toList(),
                    UrlQuery.empty().with("province", name).href(Links.REPLICATIONS));
        }
        return card(chart.emptyText(getTranslation("dashboard.units.empty")).build(), true);
    }

    private BarChart.Builder phaseChart(String id, String title, String categoryAxis) {
        return BarChart.horizontal(id, title).wide()
                .axes(categoryAxis, getTranslation("dashboard.axis.replications"))
                .series(Phase.all().stream().map(phase -> getTranslation("dashboard.phase." + phase.name())).toList())
                .seriesClasses(Phase.all().stream()
                        .map(phase -> "chart-phase-" + phase.name().toLowerCase(Locale.ROOT)).toList());
    }

    private Component innovations(Map<Stage, Map<Sustainability, Long>> counts) {
        List<Sustainability> kinds = Arrays.asList(Sustainability.values());
        BarChart.Builder chart = BarChart.horizontal("dashboard-stages", getTranslation("dashboard.innovations.title"))
                .axes(getTranslation("dashboard.axis.stage"), getTranslation("dashboard.axis.innovations"))
                .series(kinds.stream().map(kind -> getTranslation("innovation.sustainability." + kind.name()))
                        .toList())
                .seriesClasses(kinds.stream().map(kind -> "chart-sustainability-" + kind.name().toLowerCase())
                        .toList())
                .totalsRow(getTranslation("dashboard.chart.total"),
                        kinds.stream().map(kind -> UrlQuery.empty().with("sustainability", kind)
                                .href(Links.INNOVATIONS)).toList(),
                        UrlQuery.empty().href(Links.INNOVATIONS));
        counts.forEach((stage, bySustainability) -> chart.category(stage.name(),
                getTranslation("innovation.stage." + stage.name()),
                kinds.stream().map(bySustainability::get).toList(),
                kinds.stream().map(kind -> UrlQuery.empty().with("stage", stage).with("sustainability", kind)
                        .href(Links.INNOVATIONS)).toList(),
                UrlQuery.empty().with("stage", stage).href(Links.INNOVATIONS)));
        return card(chart.build(), false);
    }

    private Component achievements(List<AwardedInnovations> years) {
        BarChart.Builder chart = BarChart.vertical("dashboard-awards", getTranslation("dashboard.awards.title")).wide()
                .axes(getTranslation("dashboard.axis.year"), getTranslation("dashboard.axis.innovations"))
                .series(ACHIEVEMENTS.stream().map(level -> getTranslation("award.level." + level.name())).toList())
                .seriesClasses(ACHIEVEMENTS.stream().map(level -> "chart-award-" + level.name().toLowerCase())
                        .toList())
                .withoutTotal();
        for (AwardedInnovations year : years) {
            chart.category(String.valueOf(year.year()), String.valueOf(year.year()),
                    ACHIEVEMENTS.stream().map(level -> year.byLevel().get(level)).toList(),
                    ACHIEVEMENTS.stream().map(level -> UrlQuery.empty().with("level", level)
                            .with("from", year.year()).with("to", year.year()).href(Links.INNOVATIONS)).toList(),
                    null);
        }
        return card(chart.build(), true);
    }

    private Component workshopStatuses(Map<WorkshopStatus, Long> byStatus) {
        BarChart.Builder chart = BarChart.horizontal("dashboard-workshop-status",
                        getTranslation("dashboard.workshopStatus.title"))
                .axes(getTranslation("dashboard.axis.status"), getTranslation("dashboard.axis.workshops"))
                .seriesClasses(List.of("chart-series-1"))
                .totalsRow(getTranslation("dashboard.chart.total"), List.of(UrlQuery.empty().href(Links.WORKSHOPS)),
                        null);
        byStatus.forEach((status, count) -> chart.category(status.name(),
                getTranslation("workshop.status." + status.name()), count,
                UrlQuery.empty().with("status", status).href(Links.WORKSHOPS)));
        return card(chart.build(), false);
    }

    private Component revenue(List<MonthTotal> months) {
        BarChart.Builder chart = BarChart.vertical("dashboard-revenue", getTranslation("dashboard.revenue.title")).wide()
                .axes(getTranslation("dashboard.axis.month"), getTranslation("dashboard.axis.revenue"))
                .seriesClasses(List.of("chart-series-0"))
                .format(Formats::money)
                .totalsRow(getTranslation("dashboard.chart.total"), null, null);
        // no grid lists a month's figures across workshops, so the months are not links
        months.forEach(month -> chart.category(month.month().toString(), monthLabel(month), month.revenue(), null));
        return card(chart.emptyText(getTranslation("dashboard.months.empty")).build(), true);
    }

    private Component members(List<MonthTotal> months) {
        BarChart.Builder chart = BarChart.vertical("dashboard-member-months",
                        getTranslation("dashboard.members.title"))
                .axes(getTranslation("dashboard.axis.month"), getTranslation("dashboard.axis.members"))
                .seriesClasses(List.of("chart-series-1"));
        months.forEach(month -> chart.category(month.month().toString(), monthLabel(month), month.members(), null));
        return card(chart.emptyText(getTranslation("dashboard.months.empty")).build(), false);
    }

    /** A phase's statuses as the replication grid reads them from its URL: {@code DRAFT,SUBMITTED,APPROVED}. */
    private static String statusParameter(Phase phase) {
        return phase.statuses().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    private String monthLabel(MonthTotal month) {
        return DateTimeFormatter.ofPattern("MMM yyyy", AppI18NProvider.supported(getLocale())).format(month.month());
    }

    private String number(long value) {
        return NumberFormat.getIntegerInstance(AppI18NProvider.supported(getLocale())).format(value);
    }

    static Div card(Component content, boolean wide) {
        Div card = new Div(content);
        card.addClassName("dashboard-card");
        if (wide) {
            card.addClassName("dashboard-card-wide");
        }
        return card;
    }
}
