package id.go.kemensos.replika.report;

import java.util.List;

/** An import file checked row by row: every row with all of its problems. Importable only without any. */
public record ImportPreview(ImportTable table, List<CheckedRow> rows) {

    public ImportPreview {
        rows = List.copyOf(rows);
    }

    /** One row with its problems (none when it can be imported). */
    public record CheckedRow(ImportRow row, List<ImportProblem> problems) {

        public CheckedRow {
            problems = List.copyOf(problems);
        }
    }

    public ImportKind kind() {
        return table.kind();
    }

    public List<ImportProblem> problems() {
        return rows.stream().flatMap(row -> row.problems().stream()).toList();
    }

    public long rowsWithProblems() {
        return rows.stream().filter(row -> !row.problems().isEmpty()).count();
    }

    /** At least one row, and no problem in any. */
    public boolean importable() {
        return !rows.isEmpty() && rowsWithProblems() == 0;
    }
}
