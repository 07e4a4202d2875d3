package id.go.kemensos.replika.document;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadEvent;
import id.go.kemensos.replika.base.BusinessException;
import id.go.kemensos.replika.base.i18n.Formats;
import id.go.kemensos.replika.base.ui.BoundedUpload;
import id.go.kemensos.replika.base.ui.Messages;
import id.go.kemensos.replika.base.ui.UploadTexts;
import java.nio.file.Path;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;

/**
 * The documents of one record: a list with downloads for every reader, and upload and delete for those the record's
 * service allows. Uploads go to a bounded temporary file, never whole into memory; the service checks the real
 * content before anything is kept. Used by any feature through a {@link DocumentAccess}.
 */
public class DocumentsPanel extends VerticalLayout {

    static final String[] ACCEPTED = {".pdf", ".png", ".jpg", ".jpeg", ".docx", ".xlsx"};

    private transient DocumentAccess access;
    private final Grid<DocumentInfo> grid = new Grid<>();
    private final Span none = new Span();
    private final Select<DocumentType> type = new Select<>();
    private final Upload upload = new Upload();
    private final HorizontalLayout uploadRow;
    private final Span hint = new Span();
    private volatile DocumentType chosenType;
    private boolean manage;
    private transient Runnable onChange = () -> { };

    /**
     * @param types    the document types the record takes, the first being the default
     * @param maxBytes the largest file accepted (the service checks again)
     */
    public DocumentsPanel(String id, List<DocumentType> types, long maxBytes) {
        setPadding(false);
        setId(id);

        grid.setId("document-grid");
        grid.addColumn(doc -> getTranslation(doc.type().messageKey()))
                .setHeader(getTranslation("document.panel.type")).setAutoWidth(true);
        grid.addComponentColumn(this::downloadLink).setHeader(getTranslation("document.panel.file"))
                .setFlexGrow(3);
        grid.addColumn(doc -> Formats.fileSize(doc.sizeBytes(), getLocale()))
                .setHeader(getTranslation("document.panel.size")).setAutoWidth(true);
        grid.addColumn(DocumentInfo::uploadedBy).setHeader(getTranslation("document.panel.uploadedBy"))
                .setAutoWidth(true);
        grid.addColumn(doc -> Formats.dateTime(doc.uploadedAt(), getLocale()))
                .setHeader(getTranslation("document.panel.uploadedAt")).setAutoWidth(true);
        grid.addComponentColumn(this::deleteButton).setKey("delete").setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        none.setText(getTranslation("document.panel.none"));
        none.addClassName("muted");

        type.setId("document-type");
        type.setLabel(getTranslation("document.panel.type"));
        type.setItems(types);
        type.setItemLabelGenerator(value -> getTranslation(value.messageKey()));
        type.setValue(types.get(0));
        chosenType = types.get(0);
        upload.setId("document-upload");
        type.addValueChangeListener(event -> chosenType = event.getValue());
        upload.setUploadHandler(new BoundedUpload(maxBytes, this::receive,
                (event, fileName, file) -> event.getUI().access(() -> Messages.error(this,
                        "document.panel.rejectedByBrowser", fileName))));
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        upload.setAcceptedFileTypes(ACCEPTED);
        upload.setI18n(UploadTexts.of(this));
        upload.addFileRejectedListener(event -> Messages.error(this, "document.panel.rejectedByBrowser",
                event.getFileName()));
        hint.addClassName("muted");
        hint.setText(getTranslation("document.panel.hint", maxBytes / (1024 * 1024),
                DocumentService.allowedExtensionsLabel()));
        uploadRow = new HorizontalLayout(type, upload);
        uploadRow.setAlignItems(FlexComponent.Alignment.END);

        add(new H3(getTranslation("document.panel.title")), none, grid, uploadRow, hint);
    }

    /** Shows the record's documents; upload and delete only when {@code manage}. */
    public void show(DocumentAccess access, boolean manage) {
        show(access, manage, () -> { });
    }

    /** As {@link #show(DocumentAccess, boolean)}, running {@code onChange} after each upload or delete. */
    public void show(DocumentAccess access, boolean manage, Runnable onChange) {
        this.access = access;
        this.manage = manage;
        this.onChange = onChange;
        uploadRow.setVisible(manage);
        hint.setVisible(manage);
        grid.getColumnByKey("delete").setVisible(manage);
        refresh();
    }

    /** Reloads the list, e.g. after a step that needed a document. */
    public void refresh() {
        var documents = access.list();
        grid.setItems(documents);
        grid.setVisible(!documents.isEmpty());
        none.setVisible(documents.isEmpty());
    }

    /** Runs in the upload request, outside the UI lock; only the screen update takes the lock. */
    private void receive(UploadEvent event, String fileName, Path file) {
        UI ui = event.getUI();
        try {
            DocumentInfo stored = access.upload(chosenType, file, fileName);
            ui.access(() -> {
                refresh();
                upload.clearFileList();
                Messages.success(this, "document.panel.uploaded", stored.fileName());
                onChange.run();
            });
        } catch (BusinessException e) {
            refuse(event, e.getMessageKey(), e.getArgs());
        } catch (AccessDeniedException e) {
            refuse(event, "error.accessDenied.text");
        }
    }

    /**
     * The file's row in the upload list stays, marked as refused, with its retry and remove buttons; the message
     * says why. Nothing else on the page changes.
     */
    private void refuse(UploadEvent event, String key, Object... args) {
        event.reject(key);
        event.getUI().access(() -> Messages.error(this, key, args));
    }

    private Anchor downloadLink(DocumentInfo doc) {
        long documentId = doc.id();
        DocumentAccess owner = access;
        DownloadHandler download = DownloadHandler.fromInputStream(event -> {
            DocumentContent content = owner.open(documentId);
            return new DownloadResponse(content.open(), content.fileName(), content.contentType(),
                    content.sizeBytes());
        });
        Anchor link = new Anchor(download, AttachmentType.DOWNLOAD, doc.fileName());
        link.getElement().setAttribute("title", getTranslation("document.panel.download"));
        return link;
    }

    private Button deleteButton(DocumentInfo doc) {
        Button delete = new Button(getTranslation("document.panel.delete"), event -> confirmDelete(doc));
        delete.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL, ButtonVariant.ERROR);
        delete.setVisible(manage);
        return delete;
    }

    private void confirmDelete(DocumentInfo doc) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("document-delete-dialog");
        dialog.setHeader(getTranslation("document.panel.confirmDelete", doc.fileName()));
        dialog.setText(getTranslation("document.panel.confirmDeleteText"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("document.panel.delete"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(event -> {
            try {
                access.delete(doc.id());
                Messages.success(this, "document.panel.deleted", doc.fileName());
            } catch (BusinessException e) {
                Messages.error(this, e.getMessageKey(), e.getArgs());
            } catch (AccessDeniedException e) {
                Messages.error(this, "error.accessDenied.text");
            }
            refresh();
            onChange.run();
        });
        dialog.open();
    }
}
