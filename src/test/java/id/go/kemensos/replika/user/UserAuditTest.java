package id.go.kemensos.replika.user;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.kemensos.replika.IntegrationTest;
import id.go.kemensos.replika.audit.AuditEntries;
import id.go.kemensos.replika.audit.AuditEntries.Row;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

/** Account changes are audited like any record, but a password hash never reaches the trail. */
@IntegrationTest
class UserAuditTest {

    @Autowired
    UserService service;
    @Autowired
    AppUserRepository users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    AuditEntries audit;

    @Test
    @WithUserDetails("wyataguna")
    void aLanguageChangeIsRecordedWithOldAndNewValue() {
        long userId = users.findByUsername("wyataguna").orElseThrow().getId();
        long before = audit.lastId();
        try {
            service.changeOwnLanguage(Locale.ENGLISH);
            assertThat(audit.after(before)).filteredOn(row -> "AppUser".equals(row.recordType())).singleElement()
                    .satisfies(row -> {
                        assertThat(row.recordId()).isEqualTo(userId);
                        assertThat(row.username()).isEqualTo("wyataguna");
                        assertThat(row.changes()).containsOnlyKeys("language");
                        assertThat(row.changes().get("language")).containsEntry("old", "id")
                                .containsEntry("new", "en");
                    });
        } finally {
            service.changeOwnLanguage(Locale.of("id"));
        }
    }

    @Test
    void aPasswordChangeIsRecordedButNeverItsHash() {
        AppUser user = users.findByUsername("wyataguna").orElseThrow();
        String original = user.getPasswordHash();
        String changed = encoder.encode("a-new-password-for-the-test");
        long before = audit.lastId();
        try {
            setHash(user.getId(), changed);
        } finally {
            setHash(user.getId(), original);
        }
        List<Row> rows = audit.after(before);
        assertThat(rows).filteredOn(row -> "AppUser".equals(row.recordType())).hasSize(2).allSatisfy(row -> {
            assertThat(row.changes()).containsKey("passwordHash");
            assertThat(row.changes().get("passwordHash")).containsEntry("old", "***").containsEntry("new", "***");
        });
        assertThat(rows).allSatisfy(row -> assertThat(row.details()).doesNotContain(changed, original,
                "{bcrypt}", "$2a$"));
        assertThat(audit.countMentioning(original)).isZero();
        assertThat(audit.countMentioning(changed)).isZero();
    }

    private void setHash(long userId, String hash) {
        transactions.executeWithoutResult(tx -> users.findById(userId).orElseThrow().setPasswordHash(hash));
    }
}
