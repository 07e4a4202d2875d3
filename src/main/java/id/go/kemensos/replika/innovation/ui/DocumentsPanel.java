package id.go.kemensos.replika.innovation.ui;

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
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadEvent;
import id.go.kemensos.replika.base.BusinessException;
import id.go.kemensos.replika.base.i18n.Formats;
import id.go.kemensos.replika.base.ui.BoundedUpload;
import id.go.kemensos.replika.base.ui.Messages;
import id.go.kemensos.replika.document.DocumentContent;
import id.go.kemensos.replika.document.DocumentInfo;
import id.go.kemensos.replika.document.DocumentType;
import id.go.kemensos.replika.innovation.InnovationService;
import java.nio.file.Path;
import org.springframework.security.access.AccessDeniedException;

/**
 * The documents of one innovation: a list with downloads for every reader, and upload and delete for those the
 * service lets change the innovation. Uploads go to a temporary file, never whole into memory; the service checks
 * the real content before anything is kept.
 */
class DocumentsPanel extends VerticalLayout {

    static final String[] ACCEPTED = {".pdf", ".png", ".jpg", ".jpeg", ".docx", ".xlsx"};

    private final transient InnovationService service;
    private final Grid<DocumentInfo> grid = new Grid<>();
    private final Span none = new Span();
    private final Select<DocumentType> type = new Select<>();
    private final Upload upload = new Upload();
    private final HorizontalLayout uploadRow;
    private final Span hint = new Span();
    private volatile long innovationId;
    private volatile DocumentType chosenType = DocumentType.INNOVATION_PROFILE;
    private boolean manage;

    DocumentsPanel(InnovationService service) {
        this.service = service;
        setPadding(false);
        setId("innovation-documents");

        grid.setId("document-grid");
        grid.addColumn(doc -> getTranslation(doc.type().messageKey()))
                .setHeader(getTranslation("innovation.document.type")).setAutoWidth(true);
        grid.addComponentColumn(this::downloadLink).setHeader(getTranslation("innovation.document.file"))
                .setFlexGrow(3);
        grid.addColumn(doc -> Formats.fileSize(doc.sizeBytes(), getLocale()))
                .setHeader(getTranslation("innovation.document.size")).setAutoWidth(true);
        grid.addColumn(DocumentInfo::uploadedBy).setHeader(getTranslation("innovation.document.uploadedBy"))
                .setAutoWidth(true);
        grid.addColumn(doc -> Formats.dateTime(doc.uploadedAt(), getLocale()))
                .setHeader(getTranslation("innovation.document.uploadedAt")).setAutoWidth(true);
        grid.addComponentColumn(this::deleteButton).setKey("delete").setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        none.setText(getTranslation("innovation.document.none"));
        none.addClassName("muted");

        type.setId("document-type");
        type.setLabel(getTranslation("innovation.document.type"));
        type.setItems(InnovationService.documentTypes());
        type.setItemLabelGenerator(value -> getTranslation(value.messageKey()));
        type.setValue(DocumentType.INNOVATION_PROFILE);
        upload.setId("document-upload");
        type.addValueChangeListener(event -> chosenType = event.getValue());
        upload.setUploadHandler(new BoundedUpload(service.maxDocumentBytes(), this::receive,
                (event, fileName, file) -> event.getUI().access(() -> Messages.error(this,
                        "innovation.document.rejectedByBrowser", fileName))));
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, service.maxDocumentBytes()));
        upload.setAcceptedFileTypes(ACCEPTED);
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("upload.addFile"))
                        .setMany(getTranslation("upload.addFile")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("upload.dropFile"))
                        .setMany(getTranslation("upload.dropFile")))
                .setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("upload.tooBig"))
                        .setIncorrectFileType(getTranslation("upload.wrongType"))
                        .setTooManyFiles(getTranslation("upload.tooMany"))));
        upload.addFileRejectedListener(event -> Messages.error(this, "innovation.document.rejectedByBrowser",
                event.getFileName()));
        hint.addClassName("muted");
        hint.setText(getTranslation("innovation.document.hint", service.maxDocumentBytes() / (1024 * 1024),
                InnovationService.acceptedDocumentFormats()));
        uploadRow = new HorizontalLayout(type, upload);
        uploadRow.setAlignItems(FlexComponent.Alignment.END);

        add(new H3(getTranslation("innovation.section.documents")), none, grid, uploadRow, hint);
    }

    void show(long innovationId, boolean manage) {
        this.innovationId = innovationId;
        this.manage = manage;
        uploadRow.setVisible(manage);
        hint.setVisible(manage);
        grid.getColumnByKey("delete").setVisible(manage);
        refresh();
    }

    private void refresh() {
        var documents = service.documents(innovationId);
        grid.setItems(documents);
        grid.setVisible(!documents.isEmpty());
        none.setVisible(documents.isEmpty());
    }

    /** Runs in the upload request, outside the UI lock; only the screen update takes the lock. */
    private void receive(UploadEvent event, String fileName, Path file) {
        UI ui = event.getUI();
        try {
            DocumentInfo stored = service.uploadDocument(innovationId, chosenType, file, fileName);
            ui.access(() -> {
                refresh();
                upload.clearFileList();
                Messages.success(this, "innovation.document.uploaded", stored.fileName());
            });
        } catch (BusinessException e) {
            ui.access(() -> {
                upload.clearFileList();
                Messages.error(this, e.getMessageKey(), e.getArgs());
            });
        } catch (AccessDeniedException e) {
            ui.access(() -> {
                upload.clearFileList();
                Messages.error(this, "error.accessDenied.text");
            });
        }
    }

    private Anchor downloadLink(DocumentInfo doc) {
        long documentId = doc.id();
        long ownerId = innovationId;
        DownloadHandler download = DownloadHandler.fromInputStream(event -> {
            DocumentContent content = service.openDocument(ownerId, documentId);
            return new DownloadResponse(content.open(), content.fileName(), content.contentType(),
                    content.sizeBytes());
        });
        Anchor link = new Anchor(download, AttachmentType.DOWNLOAD, doc.fileName());
        link.getElement().setAttribute("title", getTranslation("innovation.document.download"));
        return link;
    }

    private Button deleteButton(DocumentInfo doc) {
        Button delete = new Button(getTranslation("innovation.document.delete"), event -> confirmDelete(doc));
        delete.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL, ButtonVariant.ERROR);
        delete.setVisible(manage);
        return delete;
    }

    private void confirmDelete(DocumentInfo doc) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("document-delete-dialog");
        dialog.setHeader(getTranslation("innovation.document.confirmDelete", doc.fileName()));
        dialog.setText(getTranslation("innovation.document.confirmDeleteText"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("innovation.document.delete"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(event -> {
            service.deleteDocument(innovationId, doc.id());
            refresh();
            Messages.success(this, "innovation.document.deleted", doc.fileName());
        });
        dialog.open();
    }
}
