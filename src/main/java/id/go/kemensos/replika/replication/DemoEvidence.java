package id.go.kemensos.replika.replication;

import id.go.kemensos.replika.document.DocumentService;
import id.go.kemensos.replika.document.DocumentType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo only ({@code replika.demo.evidence=true}, the embedded default): gives every demo replication past a step the
 * sample document that step needs (an interest letter once submitted, an agreement once implementing), so the
 * checklists read true. Files cannot come through Liquibase; this adds each one once.
 */
@Component
@ConditionalOnProperty(name = "replika.demo.evidence", havingValue = "true")
class DemoEvidence {

    private static final Logger log = LoggerFactory.getLogger(DemoEvidence.class);
    private static final List<ReplicationStatus> SUBMITTED_OR_LATER = List.of(ReplicationStatus.SUBMITTED,
            ReplicationStatus.APPROVED, ReplicationStatus.IMPLEMENTING, ReplicationStatus.EVALUATED,
            ReplicationStatus.INSTITUTIONALISED);
    private static final List<ReplicationStatus> IMPLEMENTING_OR_LATER = List.of(ReplicationStatus.IMPLEMENTING,
            ReplicationStatus.EVALUATED, ReplicationStatus.INSTITUTIONALISED);

    private final ReplicationRepository replications;
    private final DocumentService documents;
    private final TransactionTemplate transactions;
    private final LockingTaskExecutor locks;
    private final ObjectProvider<SecurityContextHolderStrategy> securityStrategy;

    DemoEvidence(ReplicationRepository replications, DocumentService documents, TransactionTemplate transactions,
            LockProvider lockProvider, ObjectProvider<SecurityContextHolderStrategy> securityStrategy) {
        this.securityStrategy = securityStrategy;
        this.replications = replications;
        this.documents = documents;
        this.transactions = transactions;
        this.locks = new DefaultLockingTaskExecutor(lockProvider);
    }

    /**
     * At start, under a database lock: when two instances start together, one adds the samples and the other skips
     * (adding is idempotent anyway, so a later start adds nothing).
     */
    @EventListener(ApplicationReadyEvent.class)
    void addMissingSamplesOnce() {
        locks.executeWithLock((Runnable) this::addMissingSamples,
                new LockConfiguration(Instant.now(), "demo-evidence", Duration.ofMinutes(10), Duration.ZERO));
    }

    void addMissingSamples() {
        // the strategy method security uses (Vaadin's bean) and the JVM-wide holder: the same one in production, not
        // when a test runs two portals in one JVM
        SecurityContextHolderStrategy strategy = securityStrategy.getIfAvailable(
                SecurityContextHolder::getContextHolderStrategy);
        SecurityContext context = strategy.createEmptyContext();
        context.setAuthentication(new TestingAuthenticationToken("demo", null, "ROLE_ADMIN"));
        strategy.setContext(context);
        SecurityContextHolder.setContext(context);
        try {
            int added = transactions.execute(status -> {
                int count = 0;
                // only the demo's own replications: a generated national-scale data set holds a million others
                for (Replication replication : replications.findCreatedBy("demo")) {
                    if (SUBMITTED_OR_LATER.contains(replication.getStatus())) {
                        count += addOnce(replication, DocumentType.INTEREST_LETTER, "Surat pernyataan minat");
                    }
                    if (IMPLEMENTING_OR_LATER.contains(replication.getStatus())) {
                        count += addOnce(replication, DocumentType.AGREEMENT, "Perjanjian kerja sama");
                    }
                }
                return count;
            });
            if (added > 0) {
                log.info("Demo: added {} sample evidence documents to demo replications", added);
            }
        } finally {
            strategy.clearContext();
            SecurityContextHolder.clearContext();
        }
    }

    private int addOnce(Replication replication, DocumentType type, String title) {
        long id = replication.getId();
        if (documents.list(ReplicationService.DOCUMENT_OWNER, id).stream().anyMatch(doc -> doc.type() == type)) {
            return 0;
        }
        try {
            Path file = Files.createTempFile("replika-demo", ".pdf");
            Files.writeString(file, samplePdf(title + " (contoh demo)"), StandardCharsets.ISO_8859_1);
            documents.store(ReplicationService.DOCUMENT_OWNER, id, type, file,
                    title.toLowerCase().replace(' ', '-') + "-" + id + ".pdf");
            Files.deleteIfExists(file);
            return 1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A one-page PDF with one line of text; enough for a demo download. */
    static String samplePdf(String line) {
        String text = line.replace("\\", "").replace("(", "").replace(")", "");
        String stream = "BT /F1 18 Tf 72 720 Td (" + text + ") Tj ET";
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
                    + "/Contents 5 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream"};
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return pdf.toString();
    }
}
