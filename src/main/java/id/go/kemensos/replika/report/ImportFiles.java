package id.go.kemensos.replika.report;

import id.go.kemensos.replika.base.BusinessException;
import id.go.kemensos.replika.document.DocumentService;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads an uploaded CSV (UTF-8, with or without BOM; comma, semicolon or tab separated) or XLSX (its first sheet)
 * into text cells. Refuses, with a message for the user, other types, content that is not what the name says, an
 * empty or too large file and too many rows, as documents are checked.
 */
final class ImportFiles {

    /** A file's header and its non-empty rows, cells as text. */
    record RawTable(List<String> header, List<RawRow> rows) {
    }

    /** A row as a spreadsheet numbers it (the header is row 1). */
    record RawRow(int number, List<String> cells) {
    }

    private static final String FIELD = "file";
    private static final long BYTES_PER_MB = 1024L * 1024L;
    private static final char BOM = '\uFEFF';

    private ImportFiles() {
    }

    static RawTable read(Path file, String fileName, long maxBytes, int maxRows) {
        long size = sizeOf(file);
        if (size == 0) {
            throw rejected("import.file.empty");
        }
        if (size > maxBytes) {
            throw rejected("import.file.tooLarge", maxBytes / BYTES_PER_MB);
        }
        String name = fileName == null ? "" : fileName.strip();
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT)
                : "";
        RawTable table = switch (extension) {
            case "csv" -> readCsv(file, maxRows);
            case "xlsx" -> readXlsx(file, maxRows);
            default -> throw rejected("import.file.type");
        };
        if (table.header().stream().allMatch(String::isBlank)) {
            throw rejected("import.file.noHeader");
        }
        return table;
    }

    private static RawTable readCsv(Path file, int maxRows) {
        String text;
        try {
            byte[] bytes = Files.readAllBytes(file);
            for (byte b : bytes) {
                if (b == 0) {
                    throw rejected("import.file.mismatch", "CSV");
                }
            }
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw rejected("import.file.notUtf8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!text.isEmpty() && text.charAt(0) == BOM) {
            text = text.substring(1);
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter(text)).get();
        List<String> header = null;
        List<RawRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                List<String> cells = record.toList();
                if (header == null) {
                    header = cells;
                } else if (!allBlank(cells)) {
                    rows.add(new RawRow((int) record.getRecordNumber(), cells));
                    checkRowCount(rows, maxRows);
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw rejected("import.file.unreadable");
        }
        return new RawTable(header == null ? List.of() : header, rows);
    }

    /** The separator of the first line: Excel writes semicolons where the decimal mark is a comma. */
    private static char delimiter(String text) {
        int end = text.indexOf('\n');
        String firstLine = end < 0 ? text : text.substring(0, end);
        char best = ',';
        long most = firstLine.chars().filter(c -> c == ',').count();
        for (char candidate : new char[] {';', '\t'}) {
            long count = firstLine.chars().filter(c -> c == candidate).count();
            if (count > most) {
                best = candidate;
                most = count;
            }
        }
        return best;
    }

    private static RawTable readXlsx(Path file, int maxRows) {
        if (!DocumentService.isXlsx(file)) {
            throw rejected("import.file.mismatch", "XLSX");
        }
        List<String> header = null;
        List<RawRow> rows = new ArrayList<>();
        OPCPackage opened = null;
        try {
            opened = OPCPackage.open(file.toFile(), PackageAccess.READ);
            XSSFWorkbook workbook = new XSSFWorkbook(opened);
            if (workbook.getNumberOfSheets() == 0) {
                throw rejected("import.file.noHeader");
            }
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < Math.max(0, row.getLastCellNum()); i++) {
                    cells.add(text(row.getCell(i)));
                }
                if (header == null) {
                    header = cells;
                } else if (!allBlank(cells)) {
                    rows.add(new RawRow(row.getRowNum() + 1, cells));
                    checkRowCount(rows, maxRows);
                }
            }
        } catch (BusinessException e) {
            throw e;
        } catch (IOException | RuntimeException | InvalidFormatException e) {
            throw rejected("import.file.unreadable");
        } finally {
            if (opened != null) {
                opened.revert(); // closes without writing
            }
        }
        return new RawTable(header == null ? List.of() : header, rows);
    }

    /** A cell as text: dates as {@code yyyy-MM-dd}, whole numbers without decimals, formulas by their last value. */
    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : number(cell.getNumericCellValue());
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            default -> "";
        };
    }

    private static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static boolean allBlank(List<String> cells) {
        return cells.stream().allMatch(cell -> cell == null || cell.isBlank());
    }

    private static void checkRowCount(List<RawRow> rows, int maxRows) {
        if (rows.size() > maxRows) {
            throw rejected("import.file.tooManyRows", maxRows);
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the uploaded file", e);
        }
    }

    private static BusinessException rejected(String key, Object... args) {
        return new BusinessException(key, FIELD, args);
    }
}
