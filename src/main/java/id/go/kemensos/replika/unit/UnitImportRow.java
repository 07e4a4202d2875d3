package id.go.kemensos.replika.unit;

/** One row of a unit import: its row number in the file (for messages), the unit form and the parent's code. */
public record UnitImportRow(int row, UnitForm form, String parentCode) {
}
