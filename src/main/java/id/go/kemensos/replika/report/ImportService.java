package id.go.kemensos.replika.report;

import id.go.kemensos.replika.audit.AuditAction;
import id.go.kemensos.replika.audit.AuditService;
import id.go.kemensos.replika.base.BusinessException;
import id.go.kemensos.replika.base.ImportOutcome;
import id.go.kemensos.replika.base.RowProblem;
import id.go.kemensos.replika.document.DocumentService;
import id.go.kemensos.replika.innovation.InnovationForm;
import id.go.kemensos.replika.innovation.InnovationImportRow;
import id.go.kemensos.replika.innovation.InnovationService;
import id.go.kemensos.replika.innovation.Stage;
import id.go.kemensos.replika.innovation.Sustainability;
import id.go.kemensos.replika.report.ImportFiles.RawRow;
import id.go.kemensos.replika.report.ImportFiles.RawTable;
import id.go.kemensos.replika.report.ImportPreview.CheckedRow;
import id.go.kemensos.replika.security.CurrentUser;
import id.go.kemensos.replika.unit.UnitForm;
import id.go.kemensos.replika.unit.UnitImportRow;
import id.go.kemensos.replika.unit.UnitService;
import id.go.kemensos.replika.unit.UnitType;
import id.go.kemensos.replika.workshop.WorkshopForm;
import id.go.kemensos.replika.workshop.WorkshopImportRow;
import id.go.kemensos.replika.workshop.WorkshopService;
import id.go.kemensos.replika.workshop.WorkshopStatus;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk import of units, innovations and workshops from CSV or XLSX: templates, reading an upload, a check of every
 * row, and the import itself, all or nothing in one transaction. The rules are the features': rows become each
 * feature's form and are checked and written by its service ({@code checkImport}, {@code importRows}), which also
 * enforces who may import what. The import checks everything again; it never relies on an earlier preview.
 */
@Service
@Transactional(readOnly = true)
public class ImportService {

    static final String IMPORTERS = "hasAnyRole('ADMIN','DIRECTOR')";
    /** More rows than an onboarding needs; keeps a preview readable and a transaction short. */
    static final int MAX_ROWS = 5000;

    private final UnitService units;
    private final InnovationService innovations;
    private final WorkshopService workshops;
    private final DocumentService documents;
    private final AuditService audit;

    ImportService(UnitService units, InnovationService innovations, WorkshopService workshops,
            DocumentService documents, AuditService audit) {
        this.audit = audit;
        this.units = units;
        this.innovations = innovations;
        this.workshops = workshops;
        this.documents = documents;
    }

    /** The kinds the signed-in user may import. */
    @PreAuthorize(IMPORTERS)
    public List<ImportKind> kinds() {
        return Arrays.stream(ImportKind.values()).filter(kind -> kind.allows(CurrentUser.require().getRole()))
                .toList();
    }

    /** The largest file accepted: the same limit as for documents. */
    public long maxFileBytes() {
        return documents.maxSizeBytes();
    }

    /** The template of {@code kind}: its columns, an example row and (XLSX) a sheet explaining every column. */
    @PreAuthorize(IMPORTERS)
    public void writeTemplate(ImportKind kind, TemplateFormat format, Locale locale, OutputStream out) {
        requireAllowed(kind);
        if (format == TemplateFormat.CSV) {
            ImportTemplates.writeCsv(kind, out);
        } else {
            ImportTemplates.writeXlsx(kind, locale, out);
        }
    }

    /**
     * Reads an uploaded file (a temporary file the caller deletes) for {@code kind}. Refuses a file that is not CSV
     * or XLSX by name and content, empty or too large, with too many rows, or whose header is not the template's.
     */
    @PreAuthorize(IMPORTERS)
    public ImportTable read(ImportKind kind, Path file, String fileName) {
        requireAllowed(kind);
        RawTable raw = ImportFiles.read(file, fileName, maxFileBytes(), MAX_ROWS);
        List<String> header = raw.header().stream()
                .map(name -> name == null ? "" : name.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT))
                .toList();
        List<String> expected = kind.columns().stream().map(ImportColumn::name).toList();
        List<String> missing = expected.stream().filter(name -> !header.contains(name)).toList();
        if (!missing.isEmpty()) {
            throw new BusinessException("import.file.missingColumns", "file", String.join(", ", missing));
        }
        Set<String> seen = new HashSet<>();
        List<String> unexpected = header.stream().filter(name -> !name.isEmpty())
                .filter(name -> !expected.contains(name) || !seen.add(name)).distinct().toList();
        if (!unexpected.isEmpty()) {
            throw new BusinessException("import.file.unknownColumns", "file", String.join(", ", unexpected));
        }
        List<ImportRow> rows = new ArrayList<>();
        for (RawRow rawRow : raw.rows()) {
            Map<String, String> cells = new LinkedHashMap<>();
            boolean overflow = false;
            for (int i = 0; i < rawRow.cells().size(); i++) {
                String value = rawRow.cells().get(i) == null ? "" : rawRow.cells().get(i);
                if (i < header.size() && !header.get(i).isEmpty()) {
                    cells.put(header.get(i), value);
                } else if (!value.isBlank()) {
                    overflow = true;
                }
            }
            rows.add(new ImportRow(rawRow.number(), cells, overflow));
        }
        return new ImportTable(kind, fileName, rows);
    }

    /** Every row of the table with all its problems; writes nothing. */
    @PreAuthorize(IMPORTERS)
    public ImportPreview check(ImportTable table) {
        requireAllowed(table.kind());
        return switch (table.kind()) {
            case UNITS -> prepare(table, ImportService::unitRow, units::checkImport).preview();
            case INNOVATIONS -> prepare(table, ImportService::innovationRow, innovations::checkImport).preview();
            case WORKSHOPS -> prepare(table, ImportService::workshopRow, workshops::checkImport).preview();
        };
    }

    /** Reads and checks an uploaded file: the preview the user decides on. */
    @PreAuthorize(IMPORTERS)
    public ImportPreview preview(ImportKind kind, Path file, String fileName) {
        return check(read(kind, file, fileName));
    }

    /**
     * Checks the table again and, only if no row has a problem, imports every row in this one transaction: codes
     * not yet known are created, the others updated, rows equal to their record left untouched. Anything failing
     * on the way rolls the whole import back.
     */
    @Transactional
    @PreAuthorize(IMPORTERS)
    public ImportResult run(ImportTable table) {
        requireAllowed(table.kind());
        try {
            ImportResult result = importTable(table);
            audited(table, result);
            return result;
        } catch (DataIntegrityViolationException e) {
            // e.g. someone else created the same code meanwhile; the whole import rolls back
            throw new BusinessException("import.error.conflict", null);
        }
    }

    private ImportResult importTable(ImportTable table) {
        return switch (table.kind()) {
            case UNITS -> importChecked(prepare(table, ImportService::unitRow, units::checkImport),
                    units::importRows);
            case INNOVATIONS -> importChecked(prepare(table, ImportService::innovationRow, innovations::checkImport),
                    innovations::importRows);
            case WORKSHOPS -> importChecked(prepare(table, ImportService::workshopRow, workshops::checkImport),
                    workshops::importRows);
        };
    }

    /** One entry per import, in its transaction: what was imported and what it did (the rows have their own). */
    private void audited(ImportTable table, ImportResult result) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("kind", table.kind().name());
        details.put("file", table.fileName());
        details.put("rows", table.rows().size());
        details.put("imported", result.imported());
        details.put("created", result.created());
        details.put("updated", result.updated());
        details.put("unchanged", result.unchanged());
        audit.record(AuditAction.IMPORT, null, null, details);
    }

    /** Reads an uploaded file and imports it if it has no problem. */
    @Transactional
    @PreAuthorize(IMPORTERS)
    public ImportResult run(ImportKind kind, Path file, String fileName) {
        return run(read(kind, file, fileName));
    }

    private static <T> ImportResult importChecked(Prepared<T> prepared, Function<List<T>, List<ImportOutcome>> write) {
        if (!prepared.preview().importable()) {
            return new ImportResult(prepared.preview(), 0, 0, 0);
        }
        Map<ImportOutcome, Long> counts = write.apply(prepared.rows()).stream()
                .collect(Collectors.groupingBy(outcome -> outcome, Collectors.counting()));
        return new ImportResult(prepared.preview(), count(counts, ImportOutcome.CREATED),
                count(counts, ImportOutcome.UPDATED), count(counts, ImportOutcome.UNCHANGED));
    }

    private static int count(Map<ImportOutcome, Long> counts, ImportOutcome outcome) {
        return counts.getOrDefault(outcome, 0L).intValue();
    }

    /** The table's rows as the feature's import rows, with the problems of reading them and the feature's own. */
    private static <T> Prepared<T> prepare(ImportTable table, BiFunction<ImportRow, Cells, T> convert,
            Function<List<T>, List<List<RowProblem>>> featureCheck) {
        List<T> rows = new ArrayList<>();
        List<Cells> read = new ArrayList<>();
        for (ImportRow row : table.rows()) {
            Cells cells = new Cells(table.kind(), row);
            rows.add(convert.apply(row, cells));
            read.add(cells);
        }
        List<List<RowProblem>> ruled = rows.isEmpty() ? List.of() : featureCheck.apply(rows);
        List<CheckedRow> checked = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ImportRow row = table.rows().get(i);
            checked.add(new CheckedRow(row, problems(table.kind(), row, read.get(i).problems(), ruled.get(i))));
        }
        return new Prepared<>(new ImportPreview(table, checked), rows);
    }

    /**
     * A cell that could not be read is reported once: the feature's complaint about the resulting empty value
     * (e.g. "required") is dropped. Problems come in column order, the row's own last.
     */
    private static List<ImportProblem> problems(ImportKind kind, ImportRow row, List<RowProblem> unreadable,
            List<RowProblem> ruled) {
        Set<String> unreadableFields = unreadable.stream().map(RowProblem::field).collect(Collectors.toSet());
        List<RowProblem> all = new ArrayList<>(unreadable);
        ruled.stream().filter(problem -> !unreadableFields.contains(problem.field())).forEach(all::add);
        if (row.overflow()) {
            all.add(RowProblem.of(null, "import.error.extraCells"));
        }
        return all.stream()
                .map(problem -> new ImportProblem(row.number(), problem.field() == null ? null
                        : kind.columnOf(problem.field()).map(ImportColumn::name).orElse(null),
                        problem.key(), problem.args()))
                .sorted(Comparator.comparingInt(problem -> problem.column() == null ? Integer.MAX_VALUE
                        : kind.indexOf(problem.column())))
                .toList();
    }

    private static void requireAllowed(ImportKind kind) {
        if (!kind.allows(CurrentUser.require().getRole())) {
            throw new AccessDeniedException("This role may not import " + kind);
        }
    }

    private static UnitImportRow unitRow(ImportRow row, Cells cells) {
        UnitForm form = new UnitForm();
        form.setCode(cells.text("code"));
        form.setName(cells.text("name"));
        form.setType(cells.choice("type", UnitType.class));
        form.setCity(cells.text("city"));
        form.setProvince(cells.text("province"));
        form.setHeadName(cells.text("head_name"));
        return new UnitImportRow(row.number(), form, cells.text("parent_code"));
    }

    private static InnovationImportRow innovationRow(ImportRow row, Cells cells) {
        InnovationForm form = new InnovationForm();
        form.setTitle(cells.text("title"));
        form.setInnovators(cells.text("innovators"));
        form.setYearStarted(cells.integer("year_started"));
        form.setCategory(cells.text("category"));
        form.setProblem(cells.text("problem"));
        form.setSolution(cells.text("solution"));
        form.setImpact(cells.text("impact"));
        form.setDigital(cells.yesNo("digital"));
        form.setStage(cells.choice("stage", Stage.class));
        form.setSustainability(cells.choice("sustainability", Sustainability.class));
        return new InnovationImportRow(row.number(), cells.text("code"), cells.text("origin_unit_code"), form);
    }

    private static WorkshopImportRow workshopRow(ImportRow row, Cells cells) {
        WorkshopForm form = new WorkshopForm();
        form.setName(cells.text("name"));
        form.setVillage(cells.text("village"));
        form.setRegency(cells.text("regency"));
        form.setProvince(cells.text("province"));
        form.setFounded(cells.date("founded"));
        form.setSelfHelpGroup(cells.text("self_help_group"));
        form.setMentoringStart(cells.date("mentoring_start"));
        form.setMentoringEnd(cells.date("mentoring_end"));
        form.setMentors(cells.text("mentors"));
        form.setProducts(cells.text("products"));
        form.setStatus(cells.choice("status", WorkshopStatus.class));
        form.setDescription(cells.text("description"));
        return new WorkshopImportRow(row.number(), cells.text("code"), cells.text("coaching_unit_code"), form);
    }

    private record Prepared<T>(ImportPreview preview, List<T> rows) {
    }
}
