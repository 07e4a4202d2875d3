package id.go.kemensos.replika.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.util.Objects;
import java.util.function.Function;

/**
 * What a form offers when someone else saved the record first. Nothing is overwritten: the user either reloads
 * (dropping their input) or keeps their input and sees the latest stored value under every field that differs,
 * then saves again on the latest version.
 */
public final class StaleEdit {

    private StaleEdit() {
    }

    public static void offer(Component translator, Runnable reload, Runnable keepAndCompare) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("stale-dialog");
        dialog.setHeader(translator.getTranslation("error.stale.title"));
        dialog.setText(translator.getTranslation("error.stale.choice"));
        dialog.setConfirmText(translator.getTranslation("action.reload"));
        dialog.addConfirmListener(event -> reload.run());
        dialog.setRejectable(true);
        dialog.setRejectText(translator.getTranslation("action.keepAndCompare"));
        dialog.addRejectListener(event -> keepAndCompare.run());
        dialog.open();
    }

    /** Shows the stored value under {@code field} when it differs from what the user has there. */
    public static <T> void hint(Component translator, HasHelper field, T mine, T stored, Function<T, String> label) {
        if (Objects.equals(blankToNull(mine), blankToNull(stored))) {
            return;
        }
        String text = stored == null || blankToNull(stored) == null ? "" : label.apply(stored);
        field.setHelperText(translator.getTranslation("error.stale.latestValue",
                text.isEmpty() ? translator.getTranslation("error.stale.empty") : text));
    }

    public static void clearHints(HasHelper... fields) {
        for (HasHelper field : fields) {
            field.setHelperText(null);
        }
    }

    private static Object blankToNull(Object value) {
        return value instanceof String text && text.isBlank() ? null : value;
    }
}
