package id.go.kemensos.replika.base.export;

/** What a column holds, and so how each format writes it. */
public enum CellKind {
    /** Text as it is. */
    TEXT,
    /** A message key, written as its translation in the user's language. */
    LABEL,
    /** A whole number. */
    INTEGER,
    /** A number with decimals. */
    DECIMAL,
    /** Rupiah: a number, grouped by thousands in XLSX. */
    MONEY,
    /** A calendar day. */
    DATE,
    /** A moment, written in Western Indonesia Time. */
    DATETIME
}
