package id.go.kemensos.replika.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Translations from {@code i18n/messages*.properties}: the base bundle is Indonesian (the default), {@code _en} is
 * English. Any locale that is not English, including the legacy Java code {@code in}, is treated as Indonesian.
 */
@Component
public class AppI18NProvider implements I18NProvider {

    public static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final String BUNDLE = "i18n.messages";

    private static final Logger log = LoggerFactory.getLogger(AppI18NProvider.class);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** Indonesian unless English was asked for; {@code in} and {@code id} both mean Indonesian. */
    public static Locale supported(Locale requested) {
        if (requested != null && ENGLISH.getLanguage().equals(requested.getLanguage())) {
            return ENGLISH;
        }
        return INDONESIAN;
    }

    public static ResourceBundle bundle(Locale locale) {
        Locale supported = supported(locale);
        return ResourceBundle.getBundle(BUNDLE, supported == ENGLISH ? ENGLISH : Locale.ROOT, NO_FALLBACK);
    }

    /** Translation outside a Vaadin UI (e.g. in exports or tests). */
    public static String translate(Locale locale, String key, Object... params) {
        Locale supported = supported(locale);
        try {
            String pattern = bundle(supported).getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, supported).format(params);
        } catch (MissingResourceException e) {
            log.warn("Missing translation '{}' for {}", key, supported);
            return "!" + key + "!";
        }
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(INDONESIAN, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return translate(locale, key, params);
    }
}
