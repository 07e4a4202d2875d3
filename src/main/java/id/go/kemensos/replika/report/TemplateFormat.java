package id.go.kemensos.replika.report;

/** The formats of an import template (and of the files an import reads). */
public enum TemplateFormat {
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    CSV("text/csv; charset=UTF-8");

    private final String contentType;

    TemplateFormat(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
