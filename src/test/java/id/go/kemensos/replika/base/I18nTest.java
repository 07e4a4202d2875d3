package id.go.kemensos.replika.base;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.kemensos.replika.base.i18n.AppI18NProvider;
import id.go.kemensos.replika.base.i18n.Formats;
import id.go.kemensos.replika.document.DocumentType;
import id.go.kemensos.replika.innovation.AwardGroup;
import id.go.kemensos.replika.innovation.AwardLevel;
import id.go.kemensos.replika.innovation.Competition;
import id.go.kemensos.replika.innovation.Stage;
import id.go.kemensos.replika.innovation.Sustainability;
import id.go.kemensos.replika.replication.ReplicationAction;
import id.go.kemensos.replika.replication.ReplicationStatus;
import id.go.kemensos.replika.security.Role;
import id.go.kemensos.replika.unit.UnitType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Fails when a translation key is missing from either language, or when the code uses a key no bundle has. */
class I18nTest {

    /**
     * Any string literal shaped like a key (or a key prefix ending in a dot, completed with an enum name), except
     * system property names such as {@code user.name}.
     */
    private static final Pattern KEY_LITERAL = Pattern.compile(
            "(?<!getProperty\\()\"([a-z][A-Za-z]*(?:\\.[A-Za-z]+)*\\.?)[\":]");
    private static final Map<String, List<String>> PREFIX_COMPLETIONS = Map.ofEntries(
            Map.entry("replication.status.", names(ReplicationStatus.values())),
            Map.entry("audit.action.", names(id.go.kemensos.replika.audit.AuditAction.values())),
            Map.entry("audit.verify.broken.", names(id.go.kemensos.replika.audit.ChainCheck.Problem.values())),
            Map.entry("replication.action.", names(ReplicationAction.values())),
            Map.entry("replication.evaluation.", List.of("novel", "effective", "beneficial", "spreadable",
                    "sustainable")),
            Map.entry("unit.type.", names(UnitType.values())),
            Map.entry("workshop.status.", names(id.go.kemensos.replika.workshop.WorkshopStatus.values())),
            Map.entry("sponsorship.kind.", names(id.go.kemensos.replika.workshop.SponsorshipKind.values())),
            Map.entry("document.type.", names(DocumentType.values())),
            Map.entry("role.", names(Role.values())),
            Map.entry("home.role.", names(Role.values())),
            Map.entry("innovation.stage.", names(Stage.values())),
            Map.entry("innovation.sustainability.", names(Sustainability.values())),
            Map.entry("award.competition.", names(Competition.values())),
            Map.entry("award.group.", names(AwardGroup.values())),
            Map.entry("award.level.", names(AwardLevel.values())),
            Map.entry("import.kind.", names(id.go.kemensos.replika.report.ImportKind.values())),
            Map.entry("dashboard.phase.", names(id.go.kemensos.replika.dashboard.Phase.values())));

    @Test
    void bothLanguagesHaveTheSameKeysAndNoEmptyText() {
        Properties indonesian = load("i18n/messages.properties");
        Properties english = load("i18n/messages_en.properties");
        assertThat(english.stringPropertyNames()).as("keys missing from English or Indonesian")
                .containsExactlyInAnyOrderElementsOf(indonesian.stringPropertyNames());
        Stream.of(indonesian, english).forEach(bundle -> bundle.stringPropertyNames()
                .forEach(key -> assertThat(bundle.getProperty(key)).as(key).isNotBlank()));
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        Properties indonesian = load("i18n/messages.properties");
        Set<String> namespaces = indonesian.stringPropertyNames().stream()
                .map(key -> key.substring(0, key.indexOf('.') + 1)).collect(Collectors.toSet());
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            files.filter(file -> file.toString().endsWith(".java")).forEach(file -> {
                Matcher matcher = KEY_LITERAL.matcher(read(file));
                while (matcher.find()) {
                    String literal = matcher.group(1);
                    if (literal.contains(".") && namespaces.stream().anyMatch(literal::startsWith)) {
                        used.addAll(literal.endsWith(".") ? complete(literal) : List.of(literal));
                    }
                }
            });
        }
        assertThat(used).contains("menu.units", "unit.validation.codeTaken", "validation.tooLong",
                "unit.status.inactive", "unit.type.UPT", "home.role.CSR_PARTNER", "error.stale.latestValue",
                "document.type.EVALUATION_REPORT", "document.rejected.mismatch");
        assertThat(used).allSatisfy(key -> assertThat(indonesian).as("bundle has " + key).containsKey(key));
    }

    @Test
    void indonesianIsTheDefaultAndTheLegacyCodeInMeansIndonesian() {
        AppI18NProvider provider = new AppI18NProvider();
        assertThat(provider.getTranslation("menu.units", Locale.of("in"))).isEqualTo("Unit Kerja");
        assertThat(provider.getTranslation("menu.units", Locale.forLanguageTag("id-ID"))).isEqualTo("Unit Kerja");
        assertThat(provider.getTranslation("menu.units", Locale.GERMAN)).isEqualTo("Unit Kerja");
        assertThat(provider.getTranslation("menu.units", Locale.US)).isEqualTo("Units");
        assertThat(provider.getTranslation("home.greeting", Locale.ENGLISH, "Ani")).isEqualTo("Welcome, Ani");
        assertThat(provider.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key!");
    }

    @Test
    void datesAndMoneyUseIndonesianFormats() {
        LocalDate date = LocalDate.of(2026, 12, 1);
        assertThat(Formats.date(date, Locale.of("in"))).isEqualTo("1 Desember 2026");
        assertThat(Formats.date(date, AppI18NProvider.INDONESIAN)).isEqualTo("1 Desember 2026");
        assertThat(Formats.date(date, Locale.ENGLISH)).isEqualTo("1 December 2026");
        assertThat(Formats.money(1_234_567)).isEqualTo("Rp 1.234.567");
        assertThat(Formats.money(new BigDecimal("355000000"))).isEqualTo("Rp 355.000.000");
        assertThat(Formats.money(-150_000)).isEqualTo("-Rp 150.000");
        assertThat(Formats.money(0)).isEqualTo("Rp 0");
    }

    private static List<String> complete(String prefix) {
        assertThat(PREFIX_COMPLETIONS).as("known completions for key prefix " + prefix).containsKey(prefix);
        return PREFIX_COMPLETIONS.get(prefix).stream().map(name -> prefix + name).toList();
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = I18nTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
