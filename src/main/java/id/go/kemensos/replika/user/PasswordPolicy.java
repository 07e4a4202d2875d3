package id.go.kemensos.replika.user;

import id.go.kemensos.replika.base.BusinessException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What a password must be: 12 characters or more, at most 72 bytes (bcrypt reads no further), not the username or
 * containing it, and not a common password, alone or with only digits and symbols around it ({@code Password2024!}).
 * The list ships with the portal ({@code user/common-passwords.txt}); nothing is looked up online.
 */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_BYTES = 72;
    /** A common password must be this long to be refused inside digits and symbols ("abc" in "abc-7431-9912" is fine). */
    private static final int MIN_CORE = 4;
    private static final String LIST = "user/common-passwords.txt";
    /** No look-alikes (0/O, 1/l/I), so a temporary password can be read out or typed from a screen. */
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int TEMPORARY_LENGTH = 16;

    private final Set<String> common;
    private final SecureRandom random = new SecureRandom();

    PasswordPolicy() {
        this.common = load();
    }

    /** Refuses a password that breaks the policy, naming {@code field} so the form shows why next to it. */
    void check(String username, String password, String field) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new BusinessException("user.password.tooShort", field, MIN_LENGTH);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new BusinessException("user.password.tooLong", field);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.strip().toLowerCase(Locale.ROOT))) {
            throw new BusinessException("user.password.containsUsername", field);
        }
        if (isCommon(lower)) {
            throw new BusinessException("user.password.common", field);
        }
    }

    boolean isCommon(String password) {
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower)) {
            return true;
        }
        String core = lower.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
        return core.length() >= MIN_CORE && common.contains(core);
    }

    /** A random password that meets the policy, for an account an administrator created or reset. */
    String temporaryPassword(String username) {
        while (true) {
            StringBuilder password = new StringBuilder(TEMPORARY_LENGTH);
            for (int i = 0; i < TEMPORARY_LENGTH; i++) {
                password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String candidate = password.toString();
            try {
                check(username, candidate, null);
                return candidate;
            } catch (BusinessException unlucky) {
                // contains the username by chance: draw again
            }
        }
    }

    int size() {
        return common.size();
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getClassLoader().getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + LIST);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip().toLowerCase(Locale.ROOT);
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
