package de.ddnhamburg.network.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import de.ddnhamburg.network.domain.audit.AuditAction;
import de.ddnhamburg.network.domain.member.ConsentKind;
import de.ddnhamburg.network.domain.member.MemberStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** German and English must offer the same keys, and code may only use keys that exist. */
class TranslationBundlesTest {

    /** A string literal in code that has the shape of one of our translation keys. */
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z][a-zA-Z]*(?:\\.[a-zA-Z0-9_]+)+\\.?)\"");

    /** Host names such as {@code linkedin.com} have the same shape but are not keys. */
    private static final Pattern WEB_ADDRESS = Pattern.compile(".*\\.(com|de|org|net)$");

    /** SQL columns with a table alias, such as {@code m.search_text}: keys never start with one letter. */
    private static final Pattern SQL_COLUMN = Pattern.compile("^[a-z]\\..*");

    /** Literals of that shape that are not translation keys. */
    private static final Set<String> NOT_KEYS = Set.of(TranslationProvider.BUNDLE);

    private static final Pattern CONFIGURATION_PREFIX = Pattern.compile("@ConfigurationProperties\\(\"[^\"]*\"\\)");

    private final Properties german = load("i18n/messages.properties");
    private final Properties english = load("i18n/messages_en.properties");

    @Test
    void german_and_english_have_the_same_keys() {
        assertThat(new TreeSet<>(english.stringPropertyNames()))
                .as("keys in German but not in English, or the other way round")
                .containsExactlyElementsOf(new TreeSet<>(german.stringPropertyNames()));
    }

    @Test
    void no_translation_is_empty() {
        assertThat(german.entrySet())
                .allSatisfy(entry -> assertThat(entry.getValue().toString()).isNotBlank());
        assertThat(english.entrySet())
                .allSatisfy(entry -> assertThat(entry.getValue().toString()).isNotBlank());
    }

    @Test
    void every_key_used_in_code_exists() throws IOException {
        Set<String> missing = new TreeSet<>();
        for (String literal : keyLiteralsInMainCode()) {
            boolean exists = literal.endsWith(".")
                    ? german.stringPropertyNames().stream().anyMatch(key -> key.startsWith(literal))
                    : german.containsKey(literal);
            if (!exists) {
                missing.add(literal);
            }
        }
        assertThat(missing)
                .as("keys used in src/main/java but missing from the bundles")
                .isEmpty();
    }

    @Test
    void keys_built_from_enums_exist() {
        for (AuditAction action : AuditAction.values()) {
            assertThat(german).containsKey("audit.action." + action.name());
        }
        for (MemberStatus status : MemberStatus.values()) {
            assertThat(german).containsKey("admin.members.status." + status.name());
        }
        for (ConsentKind kind : ConsentKind.values()) {
            assertThat(german).containsKey("account.consent." + kind.name());
        }
        for (Locale locale : TranslationProvider.LOCALES) {
            assertThat(german).containsKey("language.switch." + locale.getLanguage());
        }
    }

    @Test
    void provider_falls_back_to_german_and_marks_missing_keys() {
        TranslationProvider provider = new TranslationProvider();
        assertThat(provider.getTranslation("nav.logout", Locale.FRENCH)).isEqualTo("Abmelden");
        assertThat(provider.getTranslation("nav.logout", Locale.UK)).isEqualTo("Log out");
        assertThat(provider.getTranslation("no.such.key", Locale.GERMAN)).isEqualTo("!no.such.key");
        assertThat(provider.getTranslation("validation.password.tooShort", Locale.GERMAN, 12))
                .isEqualTo("Das Passwort muss mindestens 12 Zeichen lang sein.");
    }

    private static Set<String> keyLiteralsInMainCode() throws IOException {
        Set<String> literals = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file :
                    files.filter(path -> path.toString().endsWith(".java")).toList()) {
                // Property prefixes such as "app.mail" look like keys but name configuration.
                String code =
                        CONFIGURATION_PREFIX.matcher(Files.readString(file)).replaceAll("");
                Matcher matcher = KEY_LITERAL.matcher(code);
                while (matcher.find()) {
                    if (!NOT_KEYS.contains(matcher.group(1))
                            && !WEB_ADDRESS.matcher(matcher.group(1)).matches()
                            && !SQL_COLUMN.matcher(matcher.group(1)).matches()) {
                        literals.add(matcher.group(1));
                    }
                }
            }
        }
        return literals;
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = TranslationBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("Cannot read " + resource, e);
        }
        return properties;
    }
}
