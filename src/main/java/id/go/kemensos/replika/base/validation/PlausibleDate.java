package id.go.kemensos.replika.base.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A date of the portal's world: from {@value PlausibleDateValidator#FIRST_YEAR} to
 * {@value PlausibleDateValidator#LAST_YEAR}. Keeps typos such as year 20255 out (the database would refuse them
 * with an error instead of a message). Null is valid; combine with {@code @NotNull} where a date is required.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlausibleDateValidator.class)
public @interface PlausibleDate {

    String message() default "error.dateRange";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
