package id.go.kemensos.replika.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.List;

/**
 * Every text of Vaadin's {@code Upload} in the user's language: the buttons, the progress states and remaining time
 * shown while a file travels, why it failed, and the retry and cancel buttons of its row. Vaadin's defaults are
 * English only.
 */
public final class UploadTexts {

    private UploadTexts() {
    }

    public static UploadI18N of(Component translator) {
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(text(translator, "upload.addFile"))
                        .setMany(text(translator, "upload.addFile")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(text(translator, "upload.dropFile"))
                        .setMany(text(translator, "upload.dropFile")))
                .setError(new UploadI18N.Error().setFileIsTooBig(text(translator, "upload.tooBig"))
                        .setIncorrectFileType(text(translator, "upload.wrongType"))
                        .setTooManyFiles(text(translator, "upload.tooMany")))
                .setFile(new UploadI18N.File().setRetry(text(translator, "upload.file.retry"))
                        .setStart(text(translator, "upload.file.start"))
                        .setRemove(text(translator, "upload.file.remove")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(text(translator, "upload.status.connecting"))
                                .setStalled(text(translator, "upload.status.stalled"))
                                .setProcessing(text(translator, "upload.status.processing"))
                                .setHeld(text(translator, "upload.status.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(text(translator, "upload.remaining.prefix"))
                                .setUnknown(text(translator, "upload.remaining.unknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(text(translator, "upload.failed.network"))
                                .setUnexpectedServerError(text(translator, "upload.failed.server"))
                                .setForbidden(text(translator, "upload.failed.refused"))
                                .setFileTooLarge(text(translator, "upload.tooBig"))))
                .setUnits(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"));
    }

    private static String text(Component translator, String key) {
        return translator.getTranslation(key);
    }
}
