package id.go.kemensos.replika.base;

/** Someone else saved the record after the current user loaded it. */
public class StaleDataException extends BusinessException {

    public StaleDataException() {
        super("error.stale", null);
    }
}
