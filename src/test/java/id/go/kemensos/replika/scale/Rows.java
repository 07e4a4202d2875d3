package id.go.kemensos.replika.scale;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Rows for LOAD DATA: tab-separated, {@code \N} for NULL, backslash escapes, UTF-8. */
final class Rows {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private final StringBuilder line = new StringBuilder(512);
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
    private boolean first = true;
    private int count;

    Rows add(long value) {
        sep();
        line.append(value);
        return this;
    }

    Rows add(boolean value) {
        return add(value ? 1 : 0);
    }

    Rows add(Integer value) {
        if (value == null) {
            return nul();
        }
        return add(value.longValue());
    }

    Rows add(String value) {
        if (value == null) {
            return nul();
        }
        sep();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\t' -> line.append("\\t");
                case '\n' -> line.append("\\n");
                case '\\' -> line.append("\\\\");
                default -> line.append(c);
            }
        }
        return this;
    }

    Rows add(LocalDate value) {
        if (value == null) {
            return nul();
        }
        sep();
        line.append(value);
        return this;
    }

    Rows add(LocalDateTime value) {
        if (value == null) {
            return nul();
        }
        sep();
        line.append(DATE_TIME.format(value));
        return this;
    }

    /** The audit columns every table has: created and modified by the generator at these times. */
    Rows audit(LocalDateTime created, LocalDateTime modified) {
        return add(ScaleDataGenerator.AUTHOR).add(created).add(ScaleDataGenerator.AUTHOR).add(modified);
    }

    Rows nul() {
        sep();
        line.append("\\N");
        return this;
    }

    void end() {
        line.append('\n');
        bytes.writeBytes(line.toString().getBytes(StandardCharsets.UTF_8));
        line.setLength(0);
        first = true;
        count++;
    }

    int count() {
        return count;
    }

    byte[] bytes() {
        return bytes.toByteArray();
    }

    private void sep() {
        if (!first) {
            line.append('\t');
        }
        first = false;
    }
}
