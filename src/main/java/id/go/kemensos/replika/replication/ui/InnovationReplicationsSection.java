package id.go.kemensos.replika.replication.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouteParameters;
import id.go.kemensos.replika.base.BusinessException;
import id.go.kemensos.replika.base.ui.Messages;
import id.go.kemensos.replika.innovation.InnovationDetails;
import id.go.kemensos.replika.innovation.InnovationPageSection;
import id.go.kemensos.replika.replication.ReplicationDetails;
import id.go.kemensos.replika.replication.ReplicationFilter;
import id.go.kemensos.replika.replication.ReplicationListItem;
import id.go.kemensos.replika.replication.ReplicationService;
import id.go.kemensos.replika.security.CurrentUser;
import id.go.kemensos.replika.security.Role;
import id.go.kemensos.replika.unit.UnitRef;
import id.go.kemensos.replika.unit.UnitService;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * On an innovation's page: its replications the user may see, and for an operator of another unit the way to
 * start one ("Replicate this innovation").
 */
@org.springframework.stereotype.Component
class InnovationReplicationsSection implements InnovationPageSection {

    private static final int SHOWN = 100;

    private final ReplicationService service;
    private final UnitService units;

    InnovationReplicationsSection(ReplicationService service, UnitService units) {
        this.service = service;
        this.units = units;
    }

    @Override
    public Component create(InnovationDetails innovation) {
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        section.setId("innovation-replications");
        section.add(new H3(section.getTranslation("replication.innovation.section")));

        List<ReplicationListItem> items = service.search(new ReplicationFilter(null, Set.of(), null, null, null,
                innovation.id(), null, false), PageRequest.of(0, SHOWN, Sort.by("adopting")));
        if (items.isEmpty()) {
            Span none = new Span(section.getTranslation("replication.innovation.none"));
            none.addClassName("muted");
            section.add(none);
        } else {
            Grid<ReplicationListItem> grid = new Grid<>();
            grid.setId("innovation-replication-grid");
            grid.addColumn(ReplicationListItem::adoptingUnitName)
                    .setHeader(section.getTranslation("replication.field.adopting")).setFlexGrow(2);
            grid.addComponentColumn(item -> StatusBadge.of(item.status()))
                    .setHeader(section.getTranslation("replication.field.status")).setAutoWidth(true);
            grid.addColumn(item -> item.progressPercent() + "%")
                    .setHeader(section.getTranslation("replication.field.progress")).setAutoWidth(true);
            grid.setItems(items);
            grid.setAllRowsVisible(true);
            grid.addItemClickListener(event -> grid.getUI().ifPresent(ui -> ui.navigate(ReplicationDetailView.class,
                    new RouteParameters("id", String.valueOf(event.getItem().id())))));
            section.add(grid);
        }

        var user = CurrentUser.require();
        boolean operatorOfAnotherUnit = user.hasRole(Role.UPT_OPERATOR)
                && !Objects.equals(user.getUnitId(), innovation.originUnit().id());
        if (operatorOfAnotherUnit || user.hasRole(Role.ADMIN)) {
            // an administrator names the adopting unit; an operator's is their own
            ComboBox<UnitRef> adopting = new ComboBox<>(section.getTranslation("replication.filter.adopting"));
            adopting.setId("replication-start-unit");
            adopting.setItems(query -> units.lookup(query.getFilter().orElse(""), query.getOffset(),
                    query.getLimit()).stream());
            adopting.setItemLabelGenerator(UnitRef::name);
            adopting.setVisible(user.hasRole(Role.ADMIN));
            Button start = new Button(section.getTranslation("replication.innovation.start"), event -> {
                try {
                    ReplicationDetails draft = service.create(innovation.id(),
                            adopting.getValue() == null ? null : adopting.getValue().id());
                    Messages.success(section, "replication.innovation.started");
                    section.getUI().ifPresent(ui -> ui.navigate(ReplicationDetailView.class,
                            new RouteParameters("id", String.valueOf(draft.id()))));
                } catch (BusinessException e) {
                    Messages.error(section, e.getMessageKey(), e.getArgs());
                }
            });
            start.setId("replication-start");
            start.addThemeVariants(ButtonVariant.PRIMARY);
            HorizontalLayout row = new HorizontalLayout(adopting, start);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            section.add(row);
        }
        return section;
    }
}
