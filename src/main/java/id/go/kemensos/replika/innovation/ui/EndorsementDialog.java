package id.go.kemensos.replika.innovation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import id.go.kemensos.replika.base.BusinessException;
import id.go.kemensos.replika.base.StaleDataException;
import id.go.kemensos.replika.base.ui.Messages;
import id.go.kemensos.replika.innovation.InnovationDetails;
import id.go.kemensos.replika.innovation.InnovationService;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/** Confirms an endorsement (with an optional note) or its withdrawal (with a required reason). */
class EndorsementDialog extends Dialog {

    EndorsementDialog(String title, String noteLabel, String confirmText, boolean destructive,
            Function<String, InnovationDetails> action, Consumer<InnovationDetails> done, String doneKey,
            Runnable onStale) {
        setId("endorsement-dialog");
        setHeaderTitle(title);
        TextArea note = new TextArea(noteLabel);
        note.setId("endorsement-note");
        note.setMaxLength(InnovationService.NOTE_MAX);
        note.setWidthFull();
        add(note);
        Button confirm = new Button(confirmText, event -> {
            try {
                InnovationDetails result = action.apply(note.getValue());
                close();
                Messages.success(this, doneKey);
                done.accept(result);
            } catch (StaleDataException e) {
                onStale.run();
                Messages.error(this, "error.stale.retry");
            } catch (BusinessException e) {
                Messages.showRejection(this, e, Map.of("note", note));
            }
        });
        confirm.setId("endorsement-confirm");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        if (destructive) {
            confirm.addThemeVariants(ButtonVariant.ERROR);
        }
        getFooter().add(new Button(getTranslation("action.cancel"), event -> close()), confirm);
    }
}
