package id.go.kemensos.replika.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The harness's results: printed as a table and written as JSON ({@code target/benchmark.json}). Each figure
 * carries its target from issue 8 and PASS or MISS (or "-" where the issue sets no target).
 */
final class Report {

    /** One line of the table. {@code value} and {@code p95} are in {@code unit}; {@code details} go to JSON too. */
    record Figure(String section, String name, int n, double median, double p95, String unit, String note,
            String target, String verdict, Map<String, Object> details) {
    }

    static final String PASS = "PASS";
    static final String MISS = "MISS";
    static final String NONE = "-";

    private final Map<String, Object> context = new LinkedHashMap<>();
    private final Map<String, Object> dataset = new LinkedHashMap<>();
    private final List<Figure> figures = new ArrayList<>();

    void context(String key, Object value) {
        context.put(key, value);
    }

    void dataset(String table, long rows) {
        dataset.put(table, rows);
    }

    void add(Figure figure) {
        figures.add(figure);
        System.out.println("BENCHMARK " + line(figure));
    }

    static String verdict(boolean pass) {
        return pass ? PASS : MISS;
    }

    String table() {
        StringBuilder out = new StringBuilder();
        out.append("\n=== Replika benchmark ===\n");
        context.forEach((key, value) -> out.append(key).append(": ").append(value).append('\n'));
        out.append("rows: ").append(dataset).append("\n\n");
        String format = "%-3s %-46s %5s %11s %11s  %-6s %-44s %s%n";
        out.append(String.format(Locale.ROOT, format, "#", "figure", "n", "median", "p95", "verdict", "target",
                "note"));
        for (Figure figure : figures) {
            out.append(String.format(Locale.ROOT, format, figure.section(), figure.name(), figure.n(),
                    number(figure.median(), figure.unit()), number(figure.p95(), figure.unit()), figure.verdict(),
                    figure.target(), figure.note()));
        }
        return out.toString();
    }

    /** The table as Markdown, for docs/performance.md. */
    String markdown() {
        StringBuilder out = new StringBuilder("| # | figure | n | median | p95 | target | verdict | note |\n"
                + "|---|---|---|---|---|---|---|---|\n");
        for (Figure figure : figures) {
            out.append(String.format(Locale.ROOT, "| %s | %s | %d | %s | %s | %s | %s | %s |%n", figure.section(),
                    figure.name(), figure.n(), number(figure.median(), figure.unit()),
                    number(figure.p95(), figure.unit()), figure.target(), figure.verdict(), figure.note()));
        }
        return out.toString();
    }

    private static String line(Figure figure) {
        return String.format(Locale.ROOT, "%s %s: n=%d median=%s p95=%s %s [%s: %s]", figure.section(),
                figure.name(), figure.n(), number(figure.median(), figure.unit()),
                number(figure.p95(), figure.unit()), figure.note(), figure.target(), figure.verdict());
    }

    private static String number(double value, String unit) {
        if (Double.isNaN(value)) {
            return "-";
        }
        return String.format(Locale.ROOT, value >= 100 ? "%.0f %s" : "%.2f %s", value, unit);
    }

    void write(Path file) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("context", context);
        root.put("dataset", dataset);
        List<Object> list = new ArrayList<>();
        for (Figure figure : figures) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("section", figure.section());
            item.put("name", figure.name());
            item.put("n", figure.n());
            item.put("unit", figure.unit());
            item.put("median", figure.median());
            item.put("p95", figure.p95());
            item.put("target", figure.target());
            item.put("verdict", figure.verdict());
            item.put("note", figure.note());
            item.put("details", figure.details());
            list.add(item);
        }
        root.put("figures", list);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, json(root, "") + "\n");
    }

    private static String json(Object value, String indent) {
        String inner = indent + "  ";
        if (value == null) {
            return "null";
        }
        if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                return "{}";
            }
            List<String> parts = new ArrayList<>();
            map.forEach((key, item) -> parts.add(inner + quote(String.valueOf(key)) + ": " + json(item, inner)));
            return "{\n" + String.join(",\n", parts) + "\n" + indent + "}";
        }
        if (value instanceof List<?> items) {
            if (items.isEmpty()) {
                return "[]";
            }
            List<String> parts = new ArrayList<>();
            items.forEach(item -> parts.add(inner + json(item, inner)));
            return "[\n" + String.join(",\n", parts) + "\n" + indent + "]";
        }
        if (value instanceof Double number) {
            return number.isNaN() || number.isInfinite() ? "null"
                    : String.format(Locale.ROOT, "%.3f", number);
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        return quote(value.toString());
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
