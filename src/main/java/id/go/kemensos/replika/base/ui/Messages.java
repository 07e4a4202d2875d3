package id.go.kemensos.replika.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import id.go.kemensos.replika.base.BusinessException;
import id.go.kemensos.replika.base.i18n.AppI18NProvider;
import id.go.kemensos.replika.base.i18n.Formats;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Shows users what happened, in their language: notifications and messages next to fields. */
public final class Messages {

    private Messages() {
    }

    public static void success(Component translator, String key, Object... args) {
        Notification notification = Notification.show(translator.getTranslation(key, args), 4000,
                Notification.Position.BOTTOM_END);
        notification.addThemeVariants(NotificationVariant.SUCCESS);
    }

    public static void error(Component translator, String key, Object... args) {
        Notification notification = Notification.show(translator.getTranslation(key, args), 8000,
                Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.ERROR);
    }

    /** "Created by … on … · last changed by … on …" for a record's page. */
    public static String auditSummary(Component translator, String createdBy, Instant createdAt, String modifiedBy,
            Instant modifiedAt) {
        return translator.getTranslation("audit.summary", createdBy,
                Formats.dateTime(createdAt, locale(translator)), modifiedBy,
                Formats.dateTime(modifiedAt, locale(translator)));
    }

    private static Locale locale(Component component) {
        return component.getUI().map(UI::getLocale).orElseGet(() -> UI.getCurrent() == null
                ? AppI18NProvider.INDONESIAN : UI.getCurrent().getLocale());
    }

    /** Translates {@code key} or {@code key:argument} as written in constraint messages. */
    public static String translateKeyed(Component translator, String keyed) {
        if (keyed == null || keyed.isBlank()) {
            return "";
        }
        int colon = keyed.indexOf(':');
        return colon < 0
                ? translator.getTranslation(keyed)
                : translator.getTranslation(keyed.substring(0, colon), keyed.substring(colon + 1));
    }

    /**
     * Puts a rule broken in the service next to the field it concerns (when that field is in {@code fields}),
     * otherwise shows it as a notification. The user's input stays in the form.
     */
    public static void showRejection(Component translator, BusinessException rejection,
            Map<String, ? extends HasValue<?, ?>> fields) {
        String message = translator.getTranslation(rejection.getMessageKey(), rejection.getArgs());
        HasValue<?, ?> field = rejection.getField() == null ? null : fields.get(rejection.getField());
        if (field instanceof HasValidation validated) {
            validated.setErrorMessage(message);
            validated.setInvalid(true);
        } else {
            Notification notification = Notification.show(message, 8000, Notification.Position.MIDDLE);
            notification.addThemeVariants(NotificationVariant.ERROR);
        }
    }

    /**
     * Shows why a service refused the user's input: a broken rule ({@link BusinessException}) or invalid values
     * ({@link ConstraintViolationException}), next to the field concerned where there is one. The input stays.
     */
    public static void showRefusal(Component translator, RuntimeException refusal,
            Map<String, ? extends HasValue<?, ?>> fields) {
        if (refusal instanceof ConstraintViolationException violations) {
            showViolations(translator, violations, fields);
        } else if (refusal instanceof BusinessException rejection) {
            showRejection(translator, rejection, fields);
        } else {
            throw refusal;
        }
    }

    /** Constraint violations raised by a service, as one readable line per field. */
    public static void showViolations(Component translator, ConstraintViolationException violations,
            Map<String, ? extends HasValue<?, ?>> fields) {
        Map<String, String> byField = violations.getConstraintViolations().stream().collect(Collectors.toMap(
                Messages::fieldName, v -> translateKeyed(translator, v.getMessage()), (a, b) -> a));
        byField.forEach((name, message) -> {
            if (fields.get(name) instanceof HasValidation validated) {
                validated.setErrorMessage(message);
                validated.setInvalid(true);
            } else {
                error(translator, "error.validation", message);
            }
        });
    }

    private static String fieldName(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        return path.substring(path.lastIndexOf('.') + 1);
    }
}
