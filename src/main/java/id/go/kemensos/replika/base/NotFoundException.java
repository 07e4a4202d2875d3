package id.go.kemensos.replika.base;

/** The record does not exist, or the current user may not see it (the two are not told apart). */
public class NotFoundException extends BusinessException {

    public NotFoundException() {
        super("error.notFound", null);
    }
}
