package id.go.kemensos.replika.audit;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.function.SerializableFunction;
import id.go.kemensos.replika.base.i18n.Formats;
import id.go.kemensos.replika.base.ui.UrlQuery;
import id.go.kemensos.replika.security.CurrentUser;
import id.go.kemensos.replika.security.Role;
import java.util.List;

/**
 * "Riwayat" on a record's detail view: its newest audit entries, loaded when the section is first opened, through
 * the feature's own service (which checks that the user may see the record). Readers of the whole trail also get
 * a link to all of the record's entries there. A click opens an entry's changes.
 */
public class HistorySection extends Details {

    /** How many entries the section shows; the rest are in the audit trail. */
    public static final int LIMIT = 20;

    private final transient SerializableFunction<Integer, List<AuditListItem>> fetch;
    private final Grid<AuditListItem> grid = new Grid<>();
    private final VerticalLayout content = new VerticalLayout();
    private boolean loaded;

    /**
     * @param fetch      the record's newest entries, at most the given number, from the feature's service
     * @param recordType the audited entity's simple class name, e.g. {@code Innovation}
     */
    public HistorySection(SerializableFunction<Integer, List<AuditListItem>> fetch, String recordType,
            long recordId) {
        this.fetch = fetch;
        setId("history");
        setSummaryText(getTranslation("audit.history.title"));
        setWidthFull();
        content.setPadding(false);

        grid.setId("history-grid");
        grid.addColumn(entry -> Formats.dateTime(entry.occurredAt(), getLocale()))
                .setHeader(getTranslation("audit.column.time")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> AuditLabels.user(this, entry)).setHeader(getTranslation("audit.column.user"))
                .setAutoWidth(true);
        grid.addColumn(entry -> getTranslation("audit.action." + entry.action().name()))
                .setHeader(getTranslation("audit.column.action")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditListItem::summary).setHeader(getTranslation("audit.column.summary")).setFlexGrow(1);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(event -> new AuditEntryDialog(event.getItem()).open());
        content.add(grid);

        boolean reader = CurrentUser.find().map(user -> user.hasRole(Role.ADMIN) || user.hasRole(Role.DIRECTOR))
                .orElse(false);
        if (reader) {
            Anchor all = new Anchor(UrlQuery.empty().with("type", recordType).with("record", recordId)
                    .href("audit"), getTranslation("audit.history.all"));
            all.setId("history-all");
            content.add(all);
        }
        add(content);
        addOpenedChangeListener(event -> {
            if (event.isOpened()) {
                load();
            }
        });
    }

    /** Loads the entries once; the section may be opened and closed again without asking twice. */
    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        List<AuditListItem> entries = fetch.apply(LIMIT);
        grid.setItems(entries);
        if (entries.isEmpty()) {
            Span none = new Span(getTranslation("audit.history.empty"));
            none.setId("history-empty");
            none.addClassName("muted");
            content.addComponentAsFirst(none);
            grid.setVisible(false);
        }
    }
}
