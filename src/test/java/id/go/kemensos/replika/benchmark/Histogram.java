package id.go.kemensos.replika.benchmark;

import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.management.ObjectName;

/** The JVM's class histogram of live objects (a full GC first), as {@code jcmd GC.class_histogram} prints it. */
final class Histogram {

    private Histogram() {
    }

    static Map<String, Long> bytesPerClass() {
        try {
            String text = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
            Map<String, Long> bytes = new HashMap<>();
            for (String line : text.split("\n")) {
                String[] parts = line.trim().split("\\s+");
                if (parts.length >= 4 && parts[0].endsWith(":")) {
                    bytes.merge(parts[3], Long.parseLong(parts[2]), Long::sum);
                }
            }
            return bytes;
        } catch (Exception e) {
            return Map.of();
        }
    }

    /** The classes whose live bytes grew most from {@code before} to {@code after}, per {@code divisor}. */
    static List<String> top(Map<String, Long> before, Map<String, Long> after, int count, int divisor) {
        return after.entrySet().stream()
                .map(entry -> Map.entry(entry.getKey(), entry.getValue() - before.getOrDefault(entry.getKey(), 0L)))
                .filter(entry -> entry.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(count)
                .map(entry -> String.format(Locale.ROOT, "%s %.1f KiB", entry.getKey(),
                        entry.getValue() / 1024.0 / divisor))
                .collect(Collectors.toList());
    }
}
