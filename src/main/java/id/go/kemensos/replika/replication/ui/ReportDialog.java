package id.go.kemensos.replika.replication.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import id.go.kemensos.replika.base.BusinessException;
import id.go.kemensos.replika.base.StaleDataException;
import id.go.kemensos.replika.base.i18n.Formats;
import id.go.kemensos.replika.base.ui.Messages;
import id.go.kemensos.replika.base.ui.TranslatingBinder;
import id.go.kemensos.replika.replication.MonitoringReportForm;
import id.go.kemensos.replika.replication.ReplicationDetails;
import id.go.kemensos.replika.replication.ReplicationService;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** A quarterly monitoring report; the dialog keeps the input until the service accepts it. */
class ReportDialog extends Dialog {

    /**
     * @param current  the replication as the page last loaded it (its version guards the save)
     * @param onStale  reloads the page's state after someone else changed the replication; the dialog stays open
     */
    ReportDialog(ReplicationService service, Supplier<ReplicationDetails> current, Consumer<ReplicationDetails> saved,
            Runnable onStale) {
        setId("report-dialog");
        setHeaderTitle(getTranslation("replication.report.dialog"));
        IntegerField year = new IntegerField(getTranslation("replication.report.year"));
        year.setId("report-year");
        Select<Integer> quarter = new Select<>();
        quarter.setId("report-quarter");
        quarter.setLabel(getTranslation("replication.report.quarter"));
        quarter.setItems(1, 2, 3, 4);
        IntegerField people = new IntegerField(getTranslation("replication.report.people"));
        people.setId("report-people");
        people.setMin(0);
        IntegerField progress = new IntegerField(getTranslation("replication.report.progress"));
        progress.setId("report-progress");
        progress.setMin(0);
        progress.setMax(100);
        TextArea outputs = new TextArea(getTranslation("replication.report.outputs"));
        outputs.setId("report-outputs");
        outputs.setMaxLength(ReplicationService.TEXT_MAX);
        TextArea issues = new TextArea(getTranslation("replication.report.issues"));
        issues.setId("report-issues");
        issues.setMaxLength(ReplicationService.TEXT_MAX);

        TranslatingBinder<MonitoringReportForm> binder = new TranslatingBinder<>(MonitoringReportForm.class, this);
        binder.forField(year).bind("year");
        binder.forField(quarter).bind("quarter");
        binder.forField(people).bind("peopleServed");
        binder.forField(progress).bind("progressPercent");
        binder.forField(outputs).bind("outputs");
        binder.forField(issues).bind("issues");
        MonitoringReportForm initial = new MonitoringReportForm();
        LocalDate today = LocalDate.now(Formats.ZONE);
        initial.setYear(today.getYear());
        initial.setQuarter((today.getMonthValue() - 1) / 3 + 1);
        binder.readBean(initial);
        Map<String, HasValue<?, ?>> fields = Map.of("year", year, "quarter", quarter, "peopleServed", people,
                "progressPercent", progress, "outputs", outputs, "issues", issues);

        FormLayout form = new FormLayout(year, quarter, people, progress, outputs, issues);
        form.setColspan(outputs, 2);
        form.setColspan(issues, 2);
        add(form);

        Button save = new Button(getTranslation("action.save"), event -> {
            MonitoringReportForm entered = new MonitoringReportForm();
            if (!binder.writeBeanIfValid(entered)) {
                return;
            }
            try {
                ReplicationDetails result = service.addMonitoringReport(current.get().id(), current.get().version(),
                        entered);
                close();
                Messages.success(this, "replication.report.saved");
                saved.accept(result);
            } catch (StaleDataException e) {
                onStale.run();
                Messages.error(this, "error.stale.retry");
            } catch (BusinessException | ConstraintViolationException e) {
                Messages.showRefusal(this, e, fields);
            }
        });
        save.setId("report-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), event -> close()), save);
    }
}
