package id.go.kemensos.replika.replication.ui;

import com.vaadin.flow.component.html.Span;
import id.go.kemensos.replika.replication.ReplicationStatus;

/** A replication status as a coloured badge with its name in words. */
final class StatusBadge {

    private StatusBadge() {
    }

    static Span of(ReplicationStatus status) {
        Span badge = new Span();
        badge.setText(badge.getTranslation("replication.status." + status.name()));
        badge.addClassNames("status-badge", "status-" + status.name());
        return badge;
    }

    static Span overdue() {
        Span badge = new Span();
        badge.setText(badge.getTranslation("replication.overdue"));
        badge.addClassNames("status-badge", "overdue-badge");
        return badge;
    }
}
