package id.go.kemensos.replika.innovation;

import static id.go.kemensos.replika.innovation.InnovationServiceTest.KARTINI;
import static id.go.kemensos.replika.innovation.InnovationServiceTest.SWP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.kemensos.replika.IntegrationTest;
import id.go.kemensos.replika.base.BusinessException;
import id.go.kemensos.replika.base.NotFoundException;
import id.go.kemensos.replika.document.DocumentContent;
import id.go.kemensos.replika.document.DocumentInfo;
import id.go.kemensos.replika.document.DocumentType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** Documents of innovations: the innovation's rules decide who uploads, reads and deletes. */
@IntegrationTest
class InnovationDocumentsTest {

    private static final long SOEHARSO_INNOVATION = 6;

    @Autowired
    InnovationService service;

    @TempDir
    Path folder;

    @Test
    @WithUserDetails("kartini")
    void anOperatorAttachesAPdfToTheirOwnUnitsInnovationAndEveryoneMayDownloadIt() throws IOException {
        Path pdf = write("profil.pdf", "%PDF-1.4\n1 0 obj << >> endobj\ntrailer\n%%EOF\n");
        DocumentInfo stored = service.uploadDocument(SWP, DocumentType.INNOVATION_PROFILE, pdf, "Profil SWP.pdf");

        assertThat(stored.fileName()).isEqualTo("Profil SWP.pdf");
        assertThat(stored.contentType()).isEqualTo("application/pdf");
        assertThat(stored.uploadedBy()).isEqualTo("kartini");
        assertThat(service.documents(SWP)).extracting(DocumentInfo::id).contains(stored.id());
        DocumentContent content = service.openDocument(SWP, stored.id());
        try (InputStream in = content.open()) {
            assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(pdf));
        }
        assertThatThrownBy(() -> service.openDocument(SOEHARSO_INNOVATION, stored.id()))
                .as("a document is only reachable through its own innovation")
                .isInstanceOf(NotFoundException.class);

        service.deleteDocument(SWP, stored.id());
        assertThat(service.documents(SWP)).extracting(DocumentInfo::id).doesNotContain(stored.id());
    }

    @Test
    @WithUserDetails("kartini")
    void anOperatorCannotAttachToAnotherUnitsInnovation() throws IOException {
        Path pdf = write("x.pdf", "%PDF-1.4\n%%EOF\n");
        assertThat(service.get(SOEHARSO_INNOVATION).originUnit().id()).isNotEqualTo(KARTINI.id());
        assertThatThrownBy(() -> service.uploadDocument(SOEHARSO_INNOVATION, DocumentType.SOP, pdf, "x.pdf"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("kartini")
    void disguisedFilesAreRefusedWithAClearReasonAndNothingIsKept() throws IOException {
        long before = service.documents(SWP).size();
        Path executable = folder.resolve("laporan.pdf");
        Files.write(executable, new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0});
        assertThatThrownBy(() -> service.uploadDocument(SWP, DocumentType.OTHER, executable, "laporan.pdf"))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("document.rejected.mismatch");
                    assertThat(e.getField()).isEqualTo("file");
                });
        Path empty = Files.createFile(folder.resolve("kosong.pdf"));
        assertThatThrownBy(() -> service.uploadDocument(SWP, DocumentType.OTHER, empty, "kosong.pdf"))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("document.rejected.empty"));
        Path pdf = write("ok.pdf", "%PDF-1.4\n%%EOF\n");
        assertThatThrownBy(() -> service.uploadDocument(SWP, DocumentType.AGREEMENT, pdf, "ok.pdf"))
                .as("replication document types do not belong on an innovation")
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("innovation.document.typeRequired"));
        assertThat(service.documents(SWP)).hasSize((int) before);
    }

    @Test
    @WithUserDetails("direktur")
    void directorsReadDocumentsButDoNotUploadOrDelete() throws IOException {
        Path pdf = write("d.pdf", "%PDF-1.4\n%%EOF\n");
        assertThat(service.get(SWP).permissions().manageDocuments()).isFalse();
        assertThatThrownBy(() -> service.uploadDocument(SWP, DocumentType.OTHER, pdf, "d.pdf"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.deleteDocument(SWP, 1)).isInstanceOf(AccessDeniedException.class);
        Path soeharsoPdf = write("s.pdf", "%PDF-1.4\n%%EOF\n");
        assertThatThrownBy(() -> service.uploadDocument(SOEHARSO_INNOVATION, DocumentType.OTHER, soeharsoPdf, "s.pdf"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("admin")
    void anAdministratorAttachesToAnyUnitsInnovation() throws IOException {
        Path pdf = write("admin.pdf", "%PDF-1.4\n%%EOF\n");
        DocumentInfo stored = service.uploadDocument(SOEHARSO_INNOVATION, DocumentType.SOP, pdf, "SOP.pdf");
        assertThat(service.documents(SOEHARSO_INNOVATION)).extracting(DocumentInfo::id).contains(stored.id());
        service.deleteDocument(SOEHARSO_INNOVATION, stored.id());
    }

    @Test
    @WithUserDetails("mitra1")
    void csrPartnersCannotReachDocuments() {
        assertThatThrownBy(() -> service.documents(SWP)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.openDocument(SWP, 1)).isInstanceOf(AccessDeniedException.class);
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content, StandardCharsets.ISO_8859_1);
    }
}
