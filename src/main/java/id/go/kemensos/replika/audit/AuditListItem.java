package id.go.kemensos.replika.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** One audit entry as grids, histories and exports show it. */
public record AuditListItem(long id, Instant occurredAt, String username, String userRole, Long unitId,
        String recordType, Long recordId, AuditAction action, String details, String clientAddress, String hash) {

    /** What changed, one line per field: updates with old and new value, creates with the new, deletes the old. */
    public List<AuditChange> changes() {
        Map<String, Object> parsed = Details.parse(details);
        List<AuditChange> lines = new ArrayList<>();
        parsed.forEach((key, value) -> {
            if ("changes".equals(key) && value instanceof Map<?, ?> changes) {
                changes.forEach((field, change) -> {
                    Map<?, ?> pair = change instanceof Map<?, ?> map ? map : Map.of();
                    lines.add(new AuditChange(String.valueOf(field), text(pair.get("old")), text(pair.get("new"))));
                });
            } else if ("fields".equals(key) && value instanceof Map<?, ?> fields) {
                boolean removed = action == AuditAction.DELETE;
                fields.forEach((field, fieldValue) -> lines.add(removed
                        ? new AuditChange(String.valueOf(field), text(fieldValue), null)
                        : new AuditChange(String.valueOf(field), null, text(fieldValue))));
            } else if (action == AuditAction.TRANSITION && "from".equals(key)) {
                lines.add(new AuditChange("status", text(value), text(parsed.get("to"))));
            } else if (!(action == AuditAction.TRANSITION && "to".equals(key))) {
                lines.add(new AuditChange(key, null, text(value)));
            }
        });
        return lines;
    }

    /** A short line for grids: the changed fields, the new status, or the details' values. */
    public String summary() {
        Map<String, Object> parsed = Details.parse(details);
        if (action == AuditAction.TRANSITION) {
            return text(parsed.get("from")) + " → " + text(parsed.get("to"));
        }
        if (parsed.get("changes") instanceof Map<?, ?> changes) {
            return changes.keySet().stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        if (parsed.containsKey("fields")) {
            return "";
        }
        return parsed.entrySet().stream().map(entry -> entry.getKey() + ": " + text(entry.getValue()))
                .collect(Collectors.joining(", "));
    }

    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value);
    }
}
