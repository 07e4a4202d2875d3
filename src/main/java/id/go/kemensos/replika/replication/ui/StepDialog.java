package id.go.kemensos.replika.replication.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import id.go.kemensos.replika.base.BusinessException;
import id.go.kemensos.replika.base.StaleDataException;
import id.go.kemensos.replika.base.i18n.Formats;
import id.go.kemensos.replika.base.ui.Messages;
import id.go.kemensos.replika.replication.EvaluationForm;
import id.go.kemensos.replika.replication.ReplicationAction;
import id.go.kemensos.replika.replication.ReplicationDetails;
import id.go.kemensos.replika.replication.ReplicationService;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Confirms one workflow step and asks for what it needs: a reason, a start date or the evaluation. The service
 * decides; the dialog stays open with the input when it refuses, and closes on a conflict so the page can show the
 * current state.
 */
class StepDialog extends Dialog {

    private final TextArea reason = new TextArea();
    private final DatePicker actualStart = new DatePicker();
    private final Map<String, IntegerField> scores = new LinkedHashMap<>();
    private final TextArea recommendation = new TextArea();

    StepDialog(ReplicationService service, ReplicationDetails replication, ReplicationAction action,
            Consumer<ReplicationDetails> done, Runnable onConflict) {
        setId("step-dialog");
        String actionLabel = getTranslation("replication.action." + action.name());
        setHeaderTitle(getTranslation("replication.step.confirm", actionLabel, replication.innovationTitle()));
        add(new Paragraph(getTranslation("replication.detail.units", replication.adoptingUnitName(),
                replication.originUnitName())));
        Map<String, HasValue<?, ?>> fields = new LinkedHashMap<>();
        switch (action) {
            case RETURN, DISCONTINUE, APPROVE, INSTITUTIONALISE -> {
                reason.setId("step-reason");
                reason.setLabel(getTranslation(action.needsReason() ? "replication.step.reason"
                        : "replication.step.comment"));
                reason.setRequiredIndicatorVisible(action.needsReason());
                reason.setMaxLength(ReplicationService.REASON_MAX);
                reason.setWidthFull();
                add(reason);
                fields.put("reason", reason);
            }
            case START -> {
                actualStart.setId("step-actual-start");
                actualStart.setLabel(getTranslation("replication.field.actualStart"));
                actualStart.setValue(LocalDate.now(Formats.ZONE));
                actualStart.setMax(LocalDate.now(Formats.ZONE));
                actualStart.setRequiredIndicatorVisible(true);
                add(actualStart);
                fields.put("actualStart", actualStart);
            }
            case EVALUATE -> {
                FormLayout form = new FormLayout();
                for (String criterion : new String[] {"novel", "effective", "beneficial", "spreadable",
                        "sustainable"}) {
                    IntegerField score = new IntegerField(getTranslation("replication.evaluation." + criterion));
                    score.setId("score-" + criterion);
                    score.setMin(1);
                    score.setMax(5);
                    score.setStepButtonsVisible(true);
                    score.setRequiredIndicatorVisible(true);
                    scores.put(criterion, score);
                    form.add(score);
                }
                recommendation.setId("step-recommendation");
                recommendation.setLabel(getTranslation("replication.evaluation.recommendation"));
                recommendation.setRequiredIndicatorVisible(true);
                recommendation.setMaxLength(ReplicationService.TEXT_MAX);
                form.add(recommendation);
                form.setColspan(recommendation, 2);
                add(form);
                fields.putAll(scores);
                fields.put("recommendation", recommendation);
            }
            default -> {
                // submitting needs no input: its evidence is the attached interest letter
            }
        }

        Button confirm = new Button(actionLabel, event -> {
            try {
                ReplicationDetails result = take(service, replication, action);
                close();
                Messages.success(this, "replication.step.done",
                        getTranslation("replication.status." + result.status().name()));
                done.accept(result);
            } catch (StaleDataException e) {
                close();
                Messages.error(this, "error.stale.retry");
                onConflict.run();
            } catch (BusinessException | ConstraintViolationException e) {
                Messages.showRefusal(this, e, fields);
            }
        });
        confirm.setId("step-confirm");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        if (action == ReplicationAction.DISCONTINUE || action == ReplicationAction.RETURN) {
            confirm.addThemeVariants(ButtonVariant.ERROR);
        }
        getFooter().add(new Button(getTranslation("action.cancel"), event -> close()), confirm);
    }

    private ReplicationDetails take(ReplicationService service, ReplicationDetails replication,
            ReplicationAction action) {
        long id = replication.id();
        long version = replication.version();
        return switch (action) {
            case SUBMIT -> service.submit(id, version);
            case RETURN -> service.returnToDraft(id, version, reason.getValue());
            case APPROVE -> service.approve(id, version, reason.getValue());
            case START -> service.startImplementation(id, version, actualStart.getValue());
            case EVALUATE -> service.evaluate(id, version, evaluation());
            case INSTITUTIONALISE -> service.institutionalise(id, version, reason.getValue());
            case DISCONTINUE -> service.discontinue(id, version, reason.getValue());
        };
    }

    private EvaluationForm evaluation() {
        EvaluationForm form = new EvaluationForm();
        form.setNovel(scores.get("novel").getValue());
        form.setEffective(scores.get("effective").getValue());
        form.setBeneficial(scores.get("beneficial").getValue());
        form.setSpreadable(scores.get("spreadable").getValue());
        form.setSustainable(scores.get("sustainable").getValue());
        form.setRecommendation(recommendation.getValue());
        return form;
    }
}
