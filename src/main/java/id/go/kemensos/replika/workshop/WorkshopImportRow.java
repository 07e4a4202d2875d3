package id.go.kemensos.replika.workshop;

/**
 * One row of a workshop import: its row number in the file (for messages), the workshop's code, the coaching unit's
 * code and the values the workshop form takes.
 */
public record WorkshopImportRow(int row, String code, String coachingUnitCode, WorkshopForm form) {
}
