package id.go.kemensos.replika.innovation;

/**
 * One row of an innovation import: its row number in the file (for messages), the innovation's code, the origin
 * unit's code and the values the innovation form takes (its origin unit left empty).
 */
public record InnovationImportRow(int row, String code, String originUnitCode, InnovationForm form) {
}
