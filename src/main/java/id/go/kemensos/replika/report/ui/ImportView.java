package id.go.kemensos.replika.report.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadEvent;
import id.go.kemensos.replika.base.BusinessException;
import id.go.kemensos.replika.base.ui.BoundedUpload;
import id.go.kemensos.replika.base.ui.Messages;
import id.go.kemensos.replika.base.ui.UploadTexts;
import id.go.kemensos.replika.report.ImportColumn;
import id.go.kemensos.replika.report.ImportKind;
import id.go.kemensos.replika.report.ImportPreview;
import id.go.kemensos.replika.report.ImportPreview.CheckedRow;
import id.go.kemensos.replika.report.ImportProblem;
import id.go.kemensos.replika.report.ImportResult;
import id.go.kemensos.replika.report.ImportService;
import id.go.kemensos.replika.report.TemplateFormat;
import id.go.kemensos.replika.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;

/**
 * Bulk import: pick what to import, download its template, upload the filled-in CSV or XLSX, read every row's
 * problems in the preview, and import once there are none. The service checks the file again on import and
 * decides who may import what; this page only offers the kinds it allows.
 */
@Route("import")
@RolesAllowed({Roles.ADMIN, Roles.DIRECTOR})
@Menu(order = 90, title = "import.menu", icon = "vaadin:upload")
class ImportView extends VerticalLayout implements HasDynamicTitle {

    static final String[] ACCEPTED = {".csv", ".xlsx"};

    private final transient ImportService service;
    private final Select<ImportKind> kind = new Select<>();
    private final Upload upload = new Upload();
    private final Span summary = new Span();
    private final Grid<CheckedRow> grid = new Grid<>();
    private final Button importButton = new Button();
    private final Paragraph result = new Paragraph();
    private volatile ImportKind chosen;
    private ImportPreview preview;

    ImportView(ImportService service) {
        this.service = service;
        addClassName("view");
        H2 title = new H2(getTranslation("import.title"));
        title.addClassName("view-title");
        Paragraph intro = new Paragraph(getTranslation("import.intro"));
        intro.addClassName("muted");

        List<ImportKind> kinds = service.kinds();
        kind.setId("import-kind");
        kind.setLabel(getTranslation("import.kind.label"));
        kind.setItems(kinds);
        kind.setItemLabelGenerator(value -> getTranslation(value.messageKey()));
        chosen = kinds.getFirst();
        kind.setValue(chosen);
        kind.addValueChangeListener(event -> {
            chosen = event.getValue();
            result.setText("");
            showColumns();
            clearPreview();
        });

        Anchor xlsx = templateLink(TemplateFormat.XLSX, "import-template-xlsx", "import.template.downloadXlsx");
        Anchor csv = templateLink(TemplateFormat.CSV, "import-template-csv", "import.template.downloadCsv");
        HorizontalLayout templates = new HorizontalLayout(xlsx, csv);

        long maxBytes = service.maxFileBytes();
        upload.setId("import-upload");
        upload.setUploadHandler(new BoundedUpload(maxBytes, this::receive,
                (event, fileName, file) -> event.getUI().access(() -> Messages.error(this,
                        "import.file.tooLarge", maxBytes / (1024 * 1024)))));
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        upload.setAcceptedFileTypes(ACCEPTED);
        upload.setI18n(UploadTexts.of(this));
        upload.addFileRejectedListener(event -> Messages.error(this, "import.file.type"));
        Span hint = new Span(getTranslation("import.upload.hint", maxBytes / (1024 * 1024)));
        hint.addClassName("muted");

        summary.setId("import-summary");
        grid.setId("import-preview");
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT, GridVariant.ROW_STRIPES);
        grid.setHeight("28em");
        importButton.setId("import-run");
        importButton.addThemeVariants(ButtonVariant.PRIMARY);
        importButton.addClickListener(event -> runImport());
        result.setId("import-result");
        showColumns();
        clearPreview();

        HorizontalLayout choose = new HorizontalLayout(kind, templates);
        choose.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(title, intro, choose, upload, hint, new H3(getTranslation("import.preview.title")), summary, grid,
                importButton, result);
    }

    private Anchor templateLink(TemplateFormat format, String id, String textKey) {
        ImportService templates = service;
        Locale locale = getLocale();
        DownloadHandler handler = event -> {
            ImportKind of = chosen;
            event.setFileName(of.templateFileName(format.extension()));
            event.setContentType(format.contentType());
            try (OutputStream out = event.getOutputStream()) {
                templates.writeTemplate(of, format, locale, out);
            }
        };
        Anchor link = new Anchor(handler, AttachmentType.DOWNLOAD, getTranslation(textKey));
        link.setId(id);
        return link;
    }

    /** Runs in the upload request, outside the UI lock; only the screen update takes the lock. */
    private void receive(UploadEvent event, String fileName, Path file) {
        UI ui = event.getUI();
        ImportKind of = chosen;
        try {
            ImportPreview checked = service.preview(of, file, fileName);
            ui.access(() -> {
                upload.clearFileList();
                result.setText("");
                show(checked);
            });
        } catch (BusinessException e) {
            refuse(event, e.getMessageKey(), e.getArgs());
        } catch (AccessDeniedException e) {
            refuse(event, "error.accessDenied.text");
        }
    }

    /** The file's row stays, marked as refused, with its retry and remove buttons; the message says why. */
    private void refuse(UploadEvent event, String key, Object... args) {
        event.reject(key);
        event.getUI().access(() -> {
            clearPreview();
            Messages.error(this, key, args);
        });
    }

    private void runImport() {
        if (preview == null) {
            return;
        }
        try {
            ImportResult done = service.run(preview.table());
            if (done.imported()) {
                clearPreview();
                result.setText(getTranslation("import.result", done.created(), done.updated(), done.unchanged()));
                Messages.success(this, "import.result", done.created(), done.updated(), done.unchanged());
            } else {
                show(done.checked());
                Messages.error(this, "import.rejected");
            }
        } catch (BusinessException e) {
            Messages.error(this, e.getMessageKey(), e.getArgs());
        } catch (AccessDeniedException e) {
            Messages.error(this, "error.accessDenied.text");
        }
    }

    private void show(ImportPreview checked) {
        preview = checked;
        grid.setItems(checked.rows());
        grid.setVisible(true);
        grid.recalculateColumnWidths();
        if (checked.rows().isEmpty()) {
            summary.setText(getTranslation("import.summary.empty"));
        } else if (checked.importable()) {
            summary.setText(getTranslation("import.summary.ready", checked.rows().size()));
        } else {
            summary.setText(getTranslation("import.summary.problems", checked.rowsWithProblems(),
                    checked.problems().size(), checked.rows().size()));
        }
        importButton.setText(getTranslation("import.action.run", checked.rows().size()));
        importButton.setEnabled(checked.importable());
    }

    private void clearPreview() {
        preview = null;
        grid.setItems(List.of());
        grid.setVisible(false);
        summary.setText(getTranslation("import.summary.none"));
        importButton.setText(getTranslation("import.action.run", 0));
        importButton.setEnabled(false);
    }

    /** The preview's columns: the row number, its problems, then the kind's columns as in the file. */
    private void showColumns() {
        grid.removeAllColumns();
        grid.addColumn(checked -> checked.row().number()).setHeader(getTranslation("import.preview.row"))
                .setKey("row").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::problemText).setHeader(getTranslation("import.preview.problems")).setKey("problems")
                .setWidth("22em").setFlexGrow(0);
        for (ImportColumn column : chosen.columns()) {
            grid.addColumn(checked -> checked.row().cell(column.name())).setHeader(column.name())
                    .setKey(column.name()).setAutoWidth(true);
        }
    }

    /** Every problem of the row, each with its column: "name: Nama wajib diisi". */
    String problemText(CheckedRow checked) {
        if (checked.problems().isEmpty()) {
            return getTranslation("import.preview.ok");
        }
        return checked.problems().stream().map(this::describe).collect(Collectors.joining(" · "));
    }

    private String describe(ImportProblem problem) {
        String message = getTranslation(problem.key(), problem.args().toArray());
        return problem.column() == null ? message : problem.column() + ": " + message;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title") + " · Replika";
    }
}
