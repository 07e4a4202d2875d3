package id.go.kemensos.replika.innovation.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import id.go.kemensos.replika.base.BusinessException;
import id.go.kemensos.replika.base.StaleDataException;
import id.go.kemensos.replika.base.ui.Messages;
import id.go.kemensos.replika.base.ui.TranslatingBinder;
import id.go.kemensos.replika.innovation.AwardForm;
import id.go.kemensos.replika.innovation.AwardGroup;
import id.go.kemensos.replika.innovation.AwardLevel;
import id.go.kemensos.replika.innovation.Competition;
import id.go.kemensos.replika.innovation.InnovationDetails;
import id.go.kemensos.replika.innovation.InnovationService;
import jakarta.validation.ConstraintViolationException;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/** Adds or edits one award. The dialog stays open, with the user's input, until the service accepts it. */
class AwardDialog extends Dialog {

    private final IntegerField year = new IntegerField();
    private final Select<Competition> competition = new Select<>();
    private final Select<AwardGroup> group = new Select<>();
    private final Select<AwardLevel> level = new Select<>();
    private final TextField note = new TextField();
    private final TranslatingBinder<AwardForm> binder = new TranslatingBinder<>(AwardForm.class, this);

    /**
     * @param onStale reloads the page's record after someone else changed it; the dialog stays open with the
     *                user's input so they can save again on the latest version
     */
    AwardDialog(String title, AwardForm initial, Function<AwardForm, InnovationDetails> save,
            Consumer<InnovationDetails> saved, Runnable onStale) {
        setId("award-dialog");
        setHeaderTitle(title);
        year.setId("award-year");
        year.setLabel(getTranslation("award.field.year"));
        year.setMin(InnovationService.FIRST_AWARD_YEAR);
        year.setStepButtonsVisible(true);
        configure(competition, "award-competition", "award.field.competition", Competition.values(),
                "award.competition.");
        configure(group, "award-group", "award.field.group", AwardGroup.values(), "award.group.");
        configure(level, "award-level", "award.field.level", AwardLevel.values(), "award.level.");
        note.setId("award-note");
        note.setLabel(getTranslation("award.field.note"));
        note.setMaxLength(InnovationService.AWARD_NOTE_MAX);
        binder.forField(year).bind("year");
        binder.forField(competition).bind("competition");
        binder.forField(group).bind("group");
        binder.forField(level).bind("level");
        binder.forField(note).bind("note");
        binder.readBean(initial);
        Map<String, HasValue<?, ?>> fields = Map.of("year", year, "competition", competition, "group", group,
                "level", level, "note", note);

        FormLayout form = new FormLayout(year, competition, group, level, note);
        form.setColspan(note, 2);
        add(form);

        Button saveButton = new Button(getTranslation("action.save"), event -> {
            AwardForm entered = new AwardForm();
            if (!binder.writeBeanIfValid(entered)) {
                return;
            }
            try {
                InnovationDetails result = save.apply(entered);
                close();
                Messages.success(this, "award.saved");
                saved.accept(result);
            } catch (StaleDataException e) {
                onStale.run();
                Messages.error(this, "error.stale.retry");
            } catch (BusinessException | ConstraintViolationException e) {
                Messages.showRefusal(this, e, fields);
            }
        });
        saveButton.setId("award-save");
        saveButton.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), event -> close());
        getFooter().add(cancel, saveButton);
    }

    private <E extends Enum<E>> void configure(Select<E> select, String id, String labelKey, E[] values,
            String prefix) {
        select.setId(id);
        select.setLabel(getTranslation(labelKey));
        select.setItems(values);
        select.setItemLabelGenerator(value -> getTranslation(prefix + value.name()));
    }
}
