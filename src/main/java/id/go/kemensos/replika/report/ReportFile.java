package id.go.kemensos.replika.report;

import java.io.Serializable;

/** A generated report: the name to offer the browser and the PDF itself (reports are small, so kept in memory). */
public record ReportFile(String fileName, byte[] content) implements Serializable {

    public static final String CONTENT_TYPE = "application/pdf";
}
