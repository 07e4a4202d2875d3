package id.go.kemensos.replika.base;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An entity whose rows the audit trail does not record on its own: purely technical rows, or rows whose feature
 * records the event itself (a workflow transition). Every other {@link AbstractEntity} is audited.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface Unaudited {

    /** Why, for the reader. */
    String value();
}
