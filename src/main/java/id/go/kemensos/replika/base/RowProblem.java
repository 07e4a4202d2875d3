package id.go.kemensos.replika.base;

import jakarta.validation.ConstraintViolation;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * One thing wrong with one row of an import: the field at fault (a form property such as {@code name}, or null for
 * the row as a whole) and a translation key with its arguments.
 */
public record RowProblem(String field, String key, List<String> args) {

    public RowProblem {
        args = List.copyOf(args);
    }

    public static RowProblem of(String field, String key, Object... args) {
        return new RowProblem(field, key, Arrays.stream(args).map(String::valueOf).toList());
    }

    /** From a constraint message written as {@code key} or {@code key:argument}. */
    public static RowProblem ofKeyed(String field, String keyed) {
        int colon = keyed.indexOf(':');
        return colon < 0 ? of(field, keyed) : of(field, keyed.substring(0, colon), keyed.substring(colon + 1));
    }

    /** Bean Validation's verdict on a form, one problem per broken constraint, in field order. */
    public static List<RowProblem> fromViolations(Collection<? extends ConstraintViolation<?>> violations) {
        return violations.stream()
                .map(v -> ofKeyed(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(Comparator.comparing(RowProblem::field).thenComparing(RowProblem::key))
                .toList();
    }
}
