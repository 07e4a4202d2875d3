package id.go.kemensos.replika.replication.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
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

    InnovationReplicationsSection(ReplicationService service) {
        this.service = service;
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
        if (user.hasRole(Role.UPT_OPERATOR) && !Objects.equals(user.getUnitId(), innovation.originUnit().id())) {
            Button start = new Button(section.getTranslation("replication.innovation.start"), event -> {
                try {
                    ReplicationDetails draft = service.create(innovation.id(), null);
                    Messages.success(section, "replication.innovation.started");
                    section.getUI().ifPresent(ui -> ui.navigate(ReplicationDetailView.class,
                            new RouteParameters("id", String.valueOf(draft.id()))));
                } catch (BusinessException e) {
                    Messages.error(section, e.getMessageKey(), e.getArgs());
                }
            });
            start.setId("replication-start");
            start.addThemeVariants(ButtonVariant.PRIMARY);
            section.add(start);
        }
        return section;
    }
}
