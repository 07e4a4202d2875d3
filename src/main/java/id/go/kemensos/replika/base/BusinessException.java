package id.go.kemensos.replika.base;

/**
 * A rule of the portal was broken. Carries a translation key (and its arguments) so the UI can show the reason in
 * the user's language; {@code field} names the form field at fault, or is null.
 */
public class BusinessException extends RuntimeException {

    private final String messageKey;
    private final String field;
    private final transient Object[] args;

    public BusinessException(String messageKey, String field, Object... args) {
        super(messageKey + (field == null ? "" : " [" + field + "]"));
        this.messageKey = messageKey;
        this.field = field;
        this.args = args;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public String getField() {
        return field;
    }

    public Object[] getArgs() {
        return args.clone();
    }
}
