package id.go.kemensos.replika.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.kemensos.replika.base.BusinessException;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The password policy alone: length, username, the shipped list of common passwords, temporary passwords. */
class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void theShippedListIsLoaded() {
        assertThat(policy.size()).isGreaterThan(10_000);
    }

    @Test
    void refusesShortPasswords() {
        assertRefused("kartini", "Xq7-vbn-44k", "user.password.tooShort");
        assertRefused("kartini", "", "user.password.tooShort");
        assertRefused("kartini", null, "user.password.tooShort");
        assertAccepted("kartini", "Xq7-vbn-44kz");
    }

    @Test
    void countsCharactersNotBytesForTheMinimumButBytesForTheMaximum() {
        assertAccepted("kartini", "ꦲꦏ꧀ꦱꦫꦗꦮꦮꦸꦭꦤ꧀ꦱ");
        assertRefused("kartini", "ꦲꦏ꧀ꦱꦫꦗꦮꦮꦸꦭꦤ꧀ꦱꦲꦏ꧀ꦱꦫꦗꦮꦮꦸꦭꦤ꧀ꦱ", "user.password.tooLong");
        assertRefused("kartini", "a-very-long-passphrase-".repeat(4), "user.password.tooLong");
    }

    @Test
    void refusesTheUsernameOrAPasswordContainingItWhateverTheCase() {
        assertRefused("soeharso.budi", "soeharso.budi", "user.password.containsUsername");
        assertRefused("soeharso.budi", "SOEHARSO.BUDI", "user.password.containsUsername");
        assertRefused("soeharso.budi", "my-Soeharso.Budi-2024", "user.password.containsUsername");
        assertRefused("panrb", "PanRB-pusat-jakarta", "user.password.containsUsername");
        assertAccepted("panrb", "pusat-jakarta-selatan");
    }

    @Test
    void refusesCommonPasswordsAloneOrWithDigitsAndSymbolsAround() {
        assertRefused("kartini", "qwertyuiopasdfgh".substring(0, 12), "user.password.common");
        assertRefused("kartini", "1qaz2wsx3edc", "user.password.common");
        assertRefused("kartini", "Password2024!", "user.password.common");
        assertRefused("kartini", "123Bismillah!!", "user.password.common");
        assertRefused("kartini", "INDONESIA1945", "user.password.common");
        assertAccepted("kartini", "monkey-banana-river");
    }

    @Test
    void temporaryPasswordsMeetThePolicyAndDiffer() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            String password = policy.temporaryPassword("abc");
            assertThat(password).hasSize(16).doesNotContainIgnoringCase("abc").doesNotContain("0", "O", "l", "1");
            assertThatCode(() -> policy.check("abc", password, "x")).doesNotThrowAnyException();
            seen.add(password);
        }
        assertThat(seen).hasSize(50);
    }

    private void assertRefused(String username, String password, String key) {
        assertThatThrownBy(() -> policy.check(username, password, "newPassword"))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.getMessageKey()).as(password).isEqualTo(key);
                    assertThat(e.getField()).isEqualTo("newPassword");
                });
    }

    private void assertAccepted(String username, String password) {
        assertThatCode(() -> policy.check(username, password, "newPassword")).as(password)
                .doesNotThrowAnyException();
    }
}
