package id.go.kemensos.replika.report;

import java.util.List;

/** The rows read from one uploaded file for one kind of import; nothing is checked yet beyond the columns. */
public record ImportTable(ImportKind kind, String fileName, List<ImportRow> rows) {

    public ImportTable {
        rows = List.copyOf(rows);
    }
}
