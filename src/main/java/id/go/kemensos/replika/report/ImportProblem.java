package id.go.kemensos.replika.report;

import java.util.List;

/**
 * Something wrong with one row of an import: the row number, the column at fault (null: the row as a whole), and a
 * translation key with its arguments.
 */
public record ImportProblem(int row, String column, String key, List<String> args) {

    public ImportProblem {
        args = List.copyOf(args);
    }
}
