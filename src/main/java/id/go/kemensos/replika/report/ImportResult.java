package id.go.kemensos.replika.report;

/**
 * What an import did. When the server's own check found problems nothing was written, all counts are 0 and
 * {@code checked} lists the problems.
 */
public record ImportResult(ImportPreview checked, int created, int updated, int unchanged) {

    public boolean imported() {
        return checked.importable();
    }
}
