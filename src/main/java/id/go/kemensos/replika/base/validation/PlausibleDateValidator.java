package id.go.kemensos.replika.base.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;

/** Checks {@link PlausibleDate}. */
public class PlausibleDateValidator implements ConstraintValidator<PlausibleDate, LocalDate> {

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2100;

    public static boolean isPlausible(LocalDate date) {
        return date == null || date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR;
    }

    @Override
    public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
        return isPlausible(date);
    }
}
