package id.go.kemensos.replika.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.DefaultBinderValidationErrorHandler;
import com.vaadin.flow.data.binder.ValidationResult;

/**
 * A bean-validation binder whose messages are translation keys. A constraint's message is a key, optionally with
 * one argument after a colon ({@code validation.tooLong:{max}} becomes {@code validation.tooLong:32}), so the same
 * rule reads right in Indonesian and English, next to the field.
 */
public class TranslatingBinder<T> extends BeanValidationBinder<T> {

    public TranslatingBinder(Class<T> beanType, Component translator) {
        super(beanType);
        setValidationErrorHandler(new DefaultBinderValidationErrorHandler() {
            @Override
            public void handleError(HasValue<?, ?> field, ValidationResult result) {
                String translated = Messages.translateKeyed(translator, result.getErrorMessage());
                super.handleError(field, ValidationResult.create(translated, result.getErrorLevel().orElseThrow()));
            }
        });
    }
}
