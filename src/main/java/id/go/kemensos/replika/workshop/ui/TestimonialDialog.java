package id.go.kemensos.replika.workshop.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import id.go.kemensos.replika.base.BusinessException;
import id.go.kemensos.replika.base.i18n.Formats;
import id.go.kemensos.replika.base.ui.Messages;
import id.go.kemensos.replika.base.ui.TranslatingBinder;
import id.go.kemensos.replika.workshop.TestimonialForm;
import id.go.kemensos.replika.workshop.WorkshopDetails;
import id.go.kemensos.replika.workshop.WorkshopService;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;

/** Records what someone said about the workshop. */
class TestimonialDialog extends Dialog {

    TestimonialDialog(WorkshopService service, long workshopId, Consumer<WorkshopDetails> saved) {
        setId("testimonial-dialog");
        setHeaderTitle(getTranslation("testimonial.add"));
        TextField speaker = new TextField(getTranslation("testimonial.speaker"));
        speaker.setId("testimonial-speaker");
        TextField role = new TextField(getTranslation("testimonial.role"));
        DatePicker saidOn = new DatePicker(getTranslation("testimonial.date"));
        saidOn.setValue(LocalDate.now(Formats.ZONE));
        TextArea text = new TextArea(getTranslation("testimonial.text"));
        text.setId("testimonial-text");
        text.setMaxLength(2000);
        TextField event = new TextField(getTranslation("testimonial.event"));
        TranslatingBinder<TestimonialForm> binder = new TranslatingBinder<>(TestimonialForm.class, this);
        binder.forField(speaker).bind("speakerName");
        binder.forField(role).bind("speakerRole");
        binder.forField(saidOn).bind("saidOn");
        binder.forField(text).bind("text");
        binder.forField(event).bind("event");
        binder.readBean(new TestimonialForm());
        saidOn.setValue(LocalDate.now(Formats.ZONE));
        Map<String, HasValue<?, ?>> fields = Map.of("speakerName", speaker, "speakerRole", role, "saidOn", saidOn,
                "text", text, "event", event);
        FormLayout form = new FormLayout(speaker, role, saidOn, event, text);
        form.setColspan(text, 2);
        add(form);
        Button save = new Button(getTranslation("action.save"), click -> {
            TestimonialForm entered = new TestimonialForm();
            if (!binder.writeBeanIfValid(entered)) {
                return;
            }
            try {
                WorkshopDetails result = service.addTestimonial(workshopId, entered);
                close();
                Messages.success(this, "testimonial.saved");
                saved.accept(result);
            } catch (BusinessException | ConstraintViolationException e) {
                Messages.showRefusal(this, e, fields);
            }
        });
        save.setId("testimonial-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }
}
