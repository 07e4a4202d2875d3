package id.go.kemensos.replika.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.go.kemensos.replika.IntegrationTest;
import id.go.kemensos.replika.base.BusinessException;
import id.go.kemensos.replika.base.NotFoundException;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class DocumentServiceTest {

    private static final String INNOVATION = "INNOVATION";
    private static final String WORKSHOP = "WORKSHOP";

    @Autowired
    DocumentService service;

    @Autowired
    TransactionTemplate transactions;

    @Value("${replika.documents.dir}")
    Path documentsDir;

    @TempDir
    Path uploads;

    /** Each test works on its own owner, so the tests do not see each other's documents. */
    private final long owner = ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE);

    @Test
    @WithUserDetails("admin")
    void storesAPdfWithItsHashAndStreamsTheSameBytesBack() throws IOException {
        Path pdf = pdf("laporan.pdf");

        DocumentInfo info = service.store(INNOVATION, owner, DocumentType.INNOVATION_PROFILE, pdf,
                "Profil Inovasi 2026.pdf");

        assertThat(info.ownerType()).isEqualTo(INNOVATION);
        assertThat(info.ownerId()).isEqualTo(owner);
        assertThat(info.type()).isEqualTo(DocumentType.INNOVATION_PROFILE);
        assertThat(info.fileName()).isEqualTo("Profil Inovasi 2026.pdf");
        assertThat(info.contentType()).isEqualTo("application/pdf");
        assertThat(info.sizeBytes()).isEqualTo(Files.size(pdf));
        assertThat(info.sha256()).isEqualTo(sha256(pdf)).hasSize(64);
        assertThat(info.uploadedBy()).isEqualTo("admin");
        assertThat(info.uploadedAt()).isNotNull();
        assertThat(service.list(INNOVATION, owner)).extracting(DocumentInfo::id).containsExactly(info.id());
        assertThat(service.count(INNOVATION, owner)).isEqualTo(1);

        DocumentContent content = service.open(INNOVATION, owner, info.id());
        assertThat(content.fileName()).isEqualTo("Profil Inovasi 2026.pdf");
        assertThat(content.contentType()).isEqualTo("application/pdf");
        assertThat(content.sizeBytes()).isEqualTo(Files.size(pdf));
        try (InputStream in = content.open()) {
            assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(pdf));
        }
        Path stored = content.path();
        assertThat(stored).startsWith(documentsDir.toAbsolutePath().normalize());
        assertThat(stored.getFileName().toString()).matches("[0-9a-f-]{36}\\.pdf");
        assertThat(stored.getParent().getFileName().toString())
                .isEqualTo(stored.getFileName().toString().substring(0, 2));
        assertThat(pdf).exists(); // the upload stays the caller's
    }

    @Test
    @WithUserDetails("kartini")
    void acceptsEveryAllowedFormatByItsContentAndListsNewestFirst() throws IOException {
        DocumentInfo png = service.store(INNOVATION, owner, DocumentType.PHOTO, image("a.png", "png"), "foto.png");
        DocumentInfo jpg = service.store(INNOVATION, owner, DocumentType.PHOTO, image("b.jpg", "jpg"), "Foto.JPG");
        DocumentInfo jpeg = service.store(INNOVATION, owner, DocumentType.PHOTO, image("c.jpg", "jpg"), "x.jpeg");
        DocumentInfo docx = service.store(INNOVATION, owner, DocumentType.SOP, docx("d.docx"), "SOP.docx");
        DocumentInfo xlsx = service.store(INNOVATION, owner, DocumentType.ACTION_PLAN, xlsx("e.xlsx"), "RA.xlsx");

        assertThat(png.contentType()).isEqualTo("image/png");
        assertThat(jpg.contentType()).isEqualTo("image/jpeg");
        assertThat(jpg.fileName()).isEqualTo("Foto.jpg");
        assertThat(jpeg.contentType()).isEqualTo("image/jpeg");
        assertThat(docx.contentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(xlsx.contentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.uploadedBy()).isEqualTo("kartini");
        assertThat(service.list(INNOVATION, owner)).extracting(DocumentInfo::id)
                .containsExactly(xlsx.id(), docx.id(), jpeg.id(), jpg.id(), png.id());
        assertThat(service.count(INNOVATION, owner)).isEqualTo(5);
        assertThat(service.list(WORKSHOP, owner)).isEmpty();
    }

    @Test
    @WithUserDetails("direktur")
    void rejectsEmptyAndTooLargeFilesButAcceptsExactlyTheLimit() throws IOException {
        assertThat(service.maxSizeBytes()).isEqualTo(10L * 1024 * 1024);
        assertRejected(Files.createFile(uploads.resolve("empty.pdf")), "empty.pdf", "document.rejected.empty");

        Path tooLarge = uploads.resolve("big.pdf");
        try (RandomAccessFile sparse = new RandomAccessFile(tooLarge.toFile(), "rw")) {
            sparse.write("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII));
            sparse.setLength(service.maxSizeBytes() + 1);
        }
        BusinessException rejection = assertRejected(tooLarge, "big.pdf", "document.rejected.tooLarge");
        assertThat(rejection.getArgs()).containsExactly(10L);

        Path atLimit = uploads.resolve("limit.pdf");
        try (RandomAccessFile sparse = new RandomAccessFile(atLimit.toFile(), "rw")) {
            sparse.write("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII));
            sparse.setLength(service.maxSizeBytes());
        }
        DocumentInfo stored = service.store(INNOVATION, owner, DocumentType.OTHER, atLimit, "limit.pdf");
        assertThat(stored.sizeBytes()).isEqualTo(service.maxSizeBytes());
        assertThat(stored.sha256()).isEqualTo(sha256(atLimit));
        service.delete(INNOVATION, owner, stored.id());
    }

    @Test
    @WithUserDetails("panrb")
    void rejectsNamesOutsideTheAllowList() throws IOException {
        Path pdf = pdf("real.pdf");
        for (String name : List.of("setup.exe", "page.html", "logo.svg", "README", "archive.zip", "report.pdf.exe",
                "", ".pdf.")) {
            BusinessException rejection = assertRejected(pdf, name, "document.rejected.type");
            assertThat(rejection.getArgs()).containsExactly("PDF, PNG, JPEG, DOCX, XLSX");
        }
        assertRejected(pdf, null, "document.rejected.type");
        assertThat(DocumentService.allowedExtensionsLabel()).isEqualTo("PDF, PNG, JPEG, DOCX, XLSX");
    }

    @Test
    @WithUserDetails("soeharso")
    void rejectsContentThatIsNotWhatTheExtensionSays() throws IOException {
        Path windowsProgram = write("mz.bin", bytes('M', 'Z', 0x90, 0x00, 0x03, 0x00, 0x00, 0x00));
        Path linuxProgram = write("elf.bin", bytes(0x7F, 'E', 'L', 'F', 0x02, 0x01, 0x01, 0x00));
        Path png = image("p.png", "png");
        Path plainZip = zip("plain.zip", "readme.txt");
        Path docx = docx("real.docx");
        Path corruptZip = write("corrupt.bin", bytes('P', 'K', 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 'x', 'y'));
        Path html = write("page.bin", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));

        assertMismatch(windowsProgram, "invoice.pdf", "PDF");
        assertMismatch(linuxProgram, "invoice.pdf", "PDF");
        assertMismatch(html, "invoice.pdf", "PDF");
        assertMismatch(png, "photo.docx", "DOCX");
        assertMismatch(png, "photo.jpg", "JPEG");
        assertMismatch(plainZip, "budget.xlsx", "XLSX");
        assertMismatch(docx, "budget.xlsx", "XLSX");
        assertMismatch(corruptZip, "letter.docx", "DOCX");
        assertMismatch(pdf("doc.pdf"), "scan.png", "PNG");
    }

    @Test
    @WithUserDetails("wyataguna")
    void aPathInTheNameIsDroppedAndTheFileStaysInsideTheStore() throws IOException {
        Path root = documentsDir.toAbsolutePath().normalize();
        Set<Path> before = filesIn(root);

        DocumentInfo info = service.store(INNOVATION, owner, DocumentType.OTHER, pdf("x.pdf"),
                "../../etc/passwd.pdf");

        assertThat(info.fileName()).isEqualTo("passwd.pdf");
        Path stored = service.open(INNOVATION, owner, info.id()).path();
        assertThat(stored.normalize()).startsWith(root);
        assertThat(filesIn(root)).containsAll(before).hasSize(before.size() + 1).contains(stored);
        assertThat(root.resolve("../../etc/passwd.pdf").normalize()).doesNotExist();
    }

    @Test
    void displayNamesAreSanitised() {
        assertThat(FileNames.displayName("C:\\Users\\ani\\Laporan <akhir>\r\n.pdf", "pdf"))
                .isEqualTo("Laporan akhir.pdf");
        assertThat(FileNames.displayName("..\\..\\windows\\win.ini.pdf", "pdf")).isEqualTo("win.ini.pdf");
        assertThat(FileNames.displayName("Foto  Kegiatan\u00A0(1) & rapat_2.JPEG", "jpeg"))
                .isEqualTo("Foto Kegiatan (1) rapat_2.jpeg");
        assertThat(FileNames.displayName("Surat Minat – Dinas Sosial.docx", "docx"))
                .isEqualTo("Surat Minat Dinas Sosial.docx");
        assertThat(FileNames.displayName("invoice\u202Efdp.exe.pdf", "pdf")).isEqualTo("invoicefdp.exe.pdf");
        assertThat(FileNames.displayName("<script>.pdf", "pdf")).isEqualTo("script.pdf");
        assertThat(FileNames.displayName("<>|*?.pdf", "pdf")).isEqualTo("dokumen.pdf");
        assertThat(FileNames.displayName(" .pdf", "pdf")).isEqualTo("dokumen.pdf");
        assertThat(FileNames.displayName(".hidden.pdf", "pdf")).isEqualTo("hidden.pdf");
        assertThat(FileNames.displayName("Rencana Aksi Sentra Kartini.xlsx", "xlsx"))
                .isEqualTo("Rencana Aksi Sentra Kartini.xlsx");

        String longName = FileNames.displayName("a".repeat(300) + ".docx", "docx");
        assertThat(longName).hasSize(FileNames.DISPLAY_MAX).endsWith("a.docx");
        String wide = FileNames.displayName("\uD83D\uDE00 " + "\uD840\uDC00".repeat(300) + ".pdf", "pdf");
        assertThat(wide.codePointCount(0, wide.length())).isEqualTo(FileNames.DISPLAY_MAX);
        assertThat(wide).startsWith("\uD840\uDC00").endsWith("\uD840\uDC00.pdf");
        assertThat(FileNames.displayName("Caf\u0065\u0301.pdf", "pdf")).isEqualTo("Caf\u00E9.pdf");

        assertThat(FileNames.extension("../../etc/passwd.PDF")).isEqualTo("pdf");
        assertThat(FileNames.extension("a.pdf/evil")).isEmpty();
        assertThat(FileNames.extension(null)).isEmpty();
    }

    @Test
    @WithUserDetails("admin")
    void aDocumentIsOnlyReachedThroughItsOwnOwner() throws IOException {
        DocumentInfo info = service.store(INNOVATION, owner, DocumentType.AGREEMENT, pdf("pks.pdf"), "PKS.pdf");
        long otherOwner = owner - 1;

        assertThatThrownBy(() -> service.open(INNOVATION, otherOwner, info.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.open(WORKSHOP, owner, info.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.delete(INNOVATION, otherOwner, info.id()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.delete(WORKSHOP, owner, info.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.open(INNOVATION, owner, Long.MAX_VALUE)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.list("innovation", owner)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> service.count(INNOVATION, 0)).isInstanceOf(IllegalArgumentException.class);

        assertThat(service.list(INNOVATION, otherOwner)).isEmpty();
        assertThat(service.open(INNOVATION, owner, info.id()).path()).exists();
    }

    @Test
    @WithUserDetails("direktur")
    void deleteRemovesTheRowAndTheFile() throws IOException {
        DocumentInfo kept = service.store(INNOVATION, owner, DocumentType.PHOTO, image("k.png", "png"), "k.png");
        DocumentInfo info = service.store(INNOVATION, owner, DocumentType.TEAM_DECREE, pdf("sk.pdf"), "SK.pdf");
        Path stored = service.open(INNOVATION, owner, info.id()).path();

        service.delete(INNOVATION, owner, info.id());

        assertThat(stored).doesNotExist();
        assertThatThrownBy(() -> service.open(INNOVATION, owner, info.id())).isInstanceOf(NotFoundException.class);
        assertThat(service.list(INNOVATION, owner)).extracting(DocumentInfo::id).containsExactly(kept.id());
        assertThat(service.open(INNOVATION, owner, kept.id()).path()).exists();
    }

    @Test
    @WithUserDetails("admin")
    void aRolledBackTransactionLeavesNoFileAndKeepsADeletedOne() throws IOException {
        Path pdf = pdf("rb.pdf");
        Set<Path> before = filesIn(documentsDir);

        Path storedInRolledBack = transactions.execute(status -> {
            DocumentInfo info = service.store(INNOVATION, owner, DocumentType.OTHER, pdf, "rb.pdf");
            Path path = service.open(INNOVATION, owner, info.id()).path();
            assertThat(path).exists();
            status.setRollbackOnly();
            return path;
        });

        assertThat(storedInRolledBack).doesNotExist();
        assertThat(service.count(INNOVATION, owner)).isZero();
        assertThat(filesIn(documentsDir)).isEqualTo(before);

        DocumentInfo kept = service.store(INNOVATION, owner, DocumentType.OTHER, pdf, "rb.pdf");
        transactions.executeWithoutResult(status -> {
            service.delete(INNOVATION, owner, kept.id());
            status.setRollbackOnly();
        });
        assertThat(service.open(INNOVATION, owner, kept.id()).path()).exists();
    }

    @Test
    @WithUserDetails("mitra1")
    void csrPartnersHaveNoAccess() throws IOException {
        Path pdf = pdf("p.pdf");
        assertThatThrownBy(() -> service.store(INNOVATION, owner, DocumentType.OTHER, pdf, "p.pdf"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.list(INNOVATION, owner)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.count(INNOVATION, owner)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.open(INNOVATION, owner, 1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.delete(INNOVATION, owner, 1)).isInstanceOf(AccessDeniedException.class);
        assertThat(service.maxSizeBytes()).isPositive();
    }

    @Test
    void anonymousCallsAreRefused() {
        assertThatThrownBy(() -> service.list(INNOVATION, owner))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private BusinessException assertRejected(Path file, String name, String key) {
        long countBefore = service.count(INNOVATION, owner);
        Set<Path> filesBefore = filesIn(documentsDir);
        BusinessException rejection = catchThrowableOfType(BusinessException.class,
                () -> service.store(INNOVATION, owner, DocumentType.OTHER, file, name));
        assertThat(rejection).as("rejection of " + name).isNotNull();
        assertThat(rejection.getMessageKey()).as(name).isEqualTo(key);
        assertThat(rejection.getField()).isEqualTo("file");
        assertThat(service.count(INNOVATION, owner)).as("rows after " + name).isEqualTo(countBefore);
        assertThat(filesIn(documentsDir)).as("files after " + name).isEqualTo(filesBefore);
        return rejection;
    }

    private void assertMismatch(Path file, String name, String expectedFormat) {
        assertThat(assertRejected(file, name, "document.rejected.mismatch").getArgs()).containsExactly(expectedFormat);
    }

    private static Set<Path> filesIn(Path dir) {
        if (!Files.isDirectory(dir)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).map(path -> path.toAbsolutePath().normalize())
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path pdf(String name) throws IOException {
        String body = """
                %PDF-1.4
                1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
                2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj
                trailer << /Root 1 0 R >>
                %%EOF
                """;
        return write(name, body.getBytes(StandardCharsets.US_ASCII));
    }

    private Path image(String name, String format) throws IOException {
        BufferedImage image = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0xFF0000);
        Path file = uploads.resolve(name);
        assertThat(ImageIO.write(image, format, file.toFile())).isTrue();
        return file;
    }

    private Path docx(String name) throws IOException {
        return zip(name, "[Content_Types].xml", "_rels/.rels", "word/document.xml");
    }

    private Path xlsx(String name) throws IOException {
        return zip(name, "[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                "xl/worksheets/sheet1.xml");
    }

    /** A ZIP whose entries hold a tiny XML document each (enough for the checks, which look at entry names). */
    private Path zip(String name, String... entries) throws IOException {
        Path file = uploads.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(uploads.resolve(name), content);
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    private static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            int read;
            while ((read = in.read(buffer)) >= 0) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
