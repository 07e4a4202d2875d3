package id.go.kemensos.replika.report;

import java.util.Map;

/**
 * One data row of an import file as read, before any checking: its row number as a spreadsheet shows it (the
 * header is row 1) and the text of each column ({@code ""} when empty; XLSX date cells as {@code yyyy-MM-dd}).
 *
 * @param overflow whether the row has non-empty cells beyond the last column
 */
public record ImportRow(int number, Map<String, String> cells, boolean overflow) {

    public ImportRow {
        cells = Map.copyOf(cells);
    }

    public String cell(String column) {
        return cells.getOrDefault(column, "");
    }
}
