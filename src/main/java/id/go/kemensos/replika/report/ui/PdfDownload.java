package id.go.kemensos.replika.report.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import id.go.kemensos.replika.base.BusinessException;
import id.go.kemensos.replika.base.ui.Messages;
import id.go.kemensos.replika.report.ReportFile;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.security.access.AccessDeniedException;

/**
 * A button that builds a report when clicked, in the UI request, so that a refusal or a missing record shows at
 * once as a notification; the finished file then goes to the browser through a hidden download link (a Vaadin
 * {@link DownloadHandler}) that serves it once.
 */
class PdfDownload extends Composite<Span> {

    private final Button button = new Button();
    private final Anchor link;
    private final AtomicReference<ReportFile> prepared = new AtomicReference<>();
    private final SerializableFunction<Locale, ReportFile> build;

    /** @param build makes the report in the given language (the user's) */
    PdfDownload(String id, String labelKey, SerializableFunction<Locale, ReportFile> build) {
        this.build = build;
        button.setId(id);
        button.setText(getTranslation(labelKey));
        button.setIcon(VaadinIcon.FILE_TEXT_O.create());
        button.addThemeVariants(ButtonVariant.TERTIARY);
        button.addClickListener(event -> prepare());
        link = new Anchor(DownloadHandler.fromInputStream(event -> {
            ReportFile file = prepared.getAndSet(null);
            if (file == null) {
                return DownloadResponse.error(HttpStatusCode.GONE);
            }
            return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(),
                    ReportFile.CONTENT_TYPE, file.content().length);
        }), AttachmentType.DOWNLOAD, "");
        link.setId(id + "-link");
        link.getElement().setAttribute("hidden", true);
        link.getElement().setAttribute("aria-hidden", "true");
        getContent().add(button, link);
    }

    /** The file waiting for the browser to fetch it, if any. */
    ReportFile prepared() {
        return prepared.get();
    }

    private void prepare() {
        try {
            prepared.set(build.apply(getLocale()));
            link.getElement().executeJs("this.click()");
        } catch (BusinessException e) {
            Messages.error(this, e.getMessageKey(), e.getArgs());
        } catch (AccessDeniedException e) {
            Messages.error(this, "error.accessDenied.text");
        }
    }
}
