package id.go.kemensos.replika.fuzz;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Hostile values for form fields, drawn from a seeded {@link Random} so a failing try can be replayed: empty and
 * blank, very long, any Unicode (Javanese script, emoji with joiners, right-to-left, combining marks, control
 * characters), HTML/script and SQL-looking text, negative and huge numbers, dates far in the past and future.
 */
final class BadInput {

    static final List<String> NASTY = List.of(
            "",
            " ",
            "\t\n\r ",
            "ꦗꦮ",
            "ꦱꦸꦫꦏꦂꦠ ꦲꦢꦶꦤꦶꦁꦫꦠ꧀",
            "😀👍🏽👩‍👩‍👧‍👦🇮🇩",
            "<img src=x onerror=alert(1)>",
            "<script>alert('x')</script>",
            "\"><svg onload=alert(1)>",
            "javascript:alert(1)",
            "'; DROP TABLE innovation; --",
            "' OR '1'='1",
            "1; SELECT SLEEP(5)",
            "%_\\'\"`",
            "${jndi:ldap://x/a}",
            "{0} {max} %s %n",
            "\u0000nul\u0000",
            "\u202Eevil\u202C",
            "e\u0301\u0301\u0301",
            "\u200B\u200D\uFEFF",
            "Sentra Terpadu Kartini",
            "NULL",
            "null");

    private final Random random;

    BadInput(long seed) {
        this.random = new Random(seed);
    }

    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    <E extends Enum<E>> E anyOf(Class<E> type) {
        E[] values = type.getEnumConstants();
        return chance(15) ? null : values[random.nextInt(values.length)];
    }

    /** A text: sometimes null, often nasty, sometimes random Unicode, sometimes far too long. */
    String text() {
        return switch (random.nextInt(10)) {
            case 0 -> null;
            case 1, 2, 3 -> pick(NASTY);
            case 4, 5 -> unicode(1 + random.nextInt(40));
            case 6 -> repeat(pick(NASTY) + "x", 1 + random.nextInt(3000));
            case 7 -> unicode(150 + random.nextInt(2500));
            default -> "Teks " + random.nextInt(1000) + " " + pick(NASTY);
        };
    }

    /** A text that is usually fine, so the other fields get their turn. */
    String mostlyValidText(String valid) {
        return chance(60) ? valid + " " + random.nextInt(1_000_000) : text();
    }

    Integer integer() {
        return switch (random.nextInt(8)) {
            case 0 -> null;
            case 1 -> pick(List.of(Integer.MIN_VALUE, Integer.MAX_VALUE, -1, 0, 1, 9999, 10_000, 100_000_001));
            case 2 -> random.nextInt();
            case 3 -> -random.nextInt(1000);
            default -> random.nextInt(5000);
        };
    }

    Long longNumber() {
        return switch (random.nextInt(7)) {
            case 0 -> null;
            case 1 -> pick(List.of(Long.MIN_VALUE, Long.MAX_VALUE, -1L, 0L, 1_000_000_000_001L));
            case 2 -> random.nextLong();
            default -> (long) random.nextInt(10_000_000);
        };
    }

    /** A plausible year, or an absurd one. */
    Integer year() {
        return chance(50) ? Integer.valueOf(1990 + random.nextInt(40)) : integer();
    }

    LocalDate date() {
        return switch (random.nextInt(8)) {
            case 0 -> null;
            case 1 -> pick(List.of(LocalDate.MIN, LocalDate.MAX, LocalDate.of(1, 1, 1), LocalDate.of(999, 12, 31),
                    LocalDate.of(1000, 1, 1), LocalDate.of(9999, 12, 31), LocalDate.of(10_000, 1, 1),
                    LocalDate.of(-44, 3, 15)));
            case 2 -> LocalDate.of(-5000 + random.nextInt(25_000), 1 + random.nextInt(12), 1 + random.nextInt(28));
            default -> LocalDate.now().plusDays(random.nextInt(4000) - 3000);
        };
    }

    /** An id of a demo record, or one that does not exist. */
    long id(long demo) {
        return chance(70) ? demo : pick(List.of(0L, -1L, Long.MAX_VALUE, Long.MIN_VALUE, 999_999L));
    }

    private String unicode(int length) {
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            int codePoint = switch (random.nextInt(6)) {
                case 0 -> 0xA980 + random.nextInt(0x5E); // Javanese
                case 1 -> 0x1F300 + random.nextInt(0x300); // symbols and emoji
                case 2 -> random.nextInt(0x80); // ASCII, control characters too
                case 3 -> 0x0590 + random.nextInt(0x200); // Hebrew, Arabic
                case 4 -> 0x0300 + random.nextInt(0x70); // combining marks
                default -> 0x4E00 + random.nextInt(0x5000); // CJK
            };
            text.appendCodePoint(codePoint);
        }
        return text.toString();
    }

    private static String repeat(String text, int times) {
        return text.repeat(times);
    }
}
