package id.go.kemensos.replika.base;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.kemensos.replika.base.i18n.AppI18NProvider;
import id.go.kemensos.replika.base.i18n.Formats;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Fails when a translation key is missing from either language, or when the code uses a key no bundle has. */
class I18nTest {

    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "(?:getTranslation\\(|BusinessException\\(|Messages\\.(?:success|error)\\(\\w+, |message = |title = )"
                    + "\"([a-z][A-Za-z]*(?:\\.[A-Za-z]+)+)(?:\"\\s*[,)]|:)");

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
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            files.filter(file -> file.toString().endsWith(".java")).forEach(file -> {
                Matcher matcher = KEY_IN_CODE.matcher(read(file));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            });
        }
        assertThat(used).contains("menu.units", "unit.validation.codeTaken", "validation.tooLong");
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
