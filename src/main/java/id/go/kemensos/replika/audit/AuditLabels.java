package id.go.kemensos.replika.audit;

import com.vaadin.flow.component.Component;

/** How grids and dialogs name an entry's user and record. */
public final class AuditLabels {

    private AuditLabels() {
    }

    /** {@code kartini (Operator UPT)}, or just the name when no role was known (e.g. a failed login). */
    public static String user(Component translator, AuditListItem entry) {
        return entry.userRole() == null ? entry.username()
                : entry.username() + " (" + translator.getTranslation("role." + entry.userRole()) + ")";
    }

    /** {@code Innovation #42}, the type alone, or empty. */
    public static String record(AuditListItem entry) {
        if (entry.recordType() == null) {
            return "";
        }
        return entry.recordId() == null ? entry.recordType() : entry.recordType() + " #" + entry.recordId();
    }
}
