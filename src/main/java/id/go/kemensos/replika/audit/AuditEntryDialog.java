package id.go.kemensos.replika.audit;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import id.go.kemensos.replika.base.i18n.Formats;

/** One entry in full: who, when, what, from where, and each field's old and new value. Read-only. */
public class AuditEntryDialog extends Dialog {

    public AuditEntryDialog(AuditListItem entry) {
        setId("audit-entry-dialog");
        setHeaderTitle(getTranslation("audit.detail.title", entry.id()));
        setWidth("min(56rem, 95vw)");
        FormLayout facts = new FormLayout();
        facts.add(readOnly("audit.column.time", Formats.dateTimeWithZone(entry.occurredAt(), getLocale())),
                readOnly("audit.column.user", AuditLabels.user(this, entry)),
                readOnly("audit.column.action", getTranslation("audit.action." + entry.action().name())),
                readOnly("audit.column.record", AuditLabels.record(entry)),
                readOnly("audit.column.address", entry.clientAddress()),
                readOnly("audit.column.hash", entry.hash()));

        Grid<AuditChange> changes = new Grid<>();
        changes.setId("audit-entry-changes");
        changes.addColumn(AuditChange::field).setHeader(getTranslation("audit.detail.field")).setAutoWidth(true)
                .setFlexGrow(0);
        changes.addColumn(AuditChange::oldValue).setHeader(getTranslation("audit.detail.old"));
        changes.addColumn(AuditChange::newValue).setHeader(getTranslation("audit.detail.new"));
        changes.setItems(entry.changes());
        changes.setAllRowsVisible(true);

        Span none = new Span(getTranslation("audit.detail.noChanges"));
        none.addClassName("muted");
        none.setVisible(entry.changes().isEmpty());
        changes.setVisible(!entry.changes().isEmpty());
        add(facts, changes, none);

        Button close = new Button(getTranslation("audit.detail.close"), event -> close());
        close.setId("audit-entry-close");
        getFooter().add(close);
    }

    private TextField readOnly(String labelKey, String value) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setValue(value == null ? "" : value);
        field.setReadOnly(true);
        return field;
    }
}
