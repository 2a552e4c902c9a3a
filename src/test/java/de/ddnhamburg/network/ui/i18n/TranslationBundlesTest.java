package de.ddnhamburg.network.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import de.ddnhamburg.network.domain.announcement.AnnouncementStatus;
import de.ddnhamburg.network.domain.announcement.AudienceKind;
import de.ddnhamburg.network.domain.audit.AuditAction;
import de.ddnhamburg.network.domain.congress.CongressRegistrationStatus;
import de.ddnhamburg.network.domain.congress.CongressStatus;
import de.ddnhamburg.network.domain.congress.HeardFrom;
import de.ddnhamburg.network.domain.congress.PaymentState;
import de.ddnhamburg.network.domain.congress.RegistrationHistoryItem;
import de.ddnhamburg.network.domain.congress.SessionType;
import de.ddnhamburg.network.domain.congress.TicketEligibility;
import de.ddnhamburg.network.domain.congress.checkin.CheckInOutcome;
import de.ddnhamburg.network.domain.congress.export.DietaryKind;
import de.ddnhamburg.network.domain.congress.invoice.InvoiceKind;
import de.ddnhamburg.network.domain.congress.invoice.PaymentStatus;
import de.ddnhamburg.network.domain.event.EventAudience;
import de.ddnhamburg.network.domain.event.EventFormat;
import de.ddnhamburg.network.domain.event.EventStatus;
import de.ddnhamburg.network.domain.event.EventType;
import de.ddnhamburg.network.domain.event.RegistrationStatus;
import de.ddnhamburg.network.domain.event.SeatKind;
import de.ddnhamburg.network.domain.group.GroupNotification;
import de.ddnhamburg.network.domain.group.GroupStanding;
import de.ddnhamburg.network.domain.group.GroupVisibility;
import de.ddnhamburg.network.domain.group.JoinPolicy;
import de.ddnhamburg.network.domain.mail.MailStatus;
import de.ddnhamburg.network.domain.member.ConsentKind;
import de.ddnhamburg.network.domain.member.DirectorySort;
import de.ddnhamburg.network.domain.member.MemberStatus;
import de.ddnhamburg.network.domain.member.ProfileField;
import de.ddnhamburg.network.domain.member.SeekingDirection;
import de.ddnhamburg.network.domain.member.SeekingKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    private static final Set<String> NOT_KEYS = Set.of(
            TranslationProvider.BUNDLE,
            // The data a DOM event listener asks the browser for (CheckInView's Enter key).
            "element.value");

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

    /**
     * Keys built in code from an enum value ({@code "event.type." + type.name()}): every value of
     * the enum needs its key, in both languages. A new prefix of that kind belongs here.
     */
    private static final Map<String, Class<? extends Enum<?>>> ENUM_PREFIXES = Map.ofEntries(
            Map.entry("account.consent.", ConsentKind.class),
            Map.entry("congress.desk.payment.", PaymentState.class),
            Map.entry("congress.desk.status.", CongressRegistrationStatus.class),
            Map.entry("announcement.audience.kind.", AudienceKind.class),
            Map.entry("announcement.list.progress.", AnnouncementStatus.class),
            Map.entry("announcement.registrationStatus.", CongressRegistrationStatus.class),
            Map.entry("checkin.advice.", CheckInOutcome.class),
            Map.entry("checkin.outcome.", CheckInOutcome.class),
            Map.entry("checkin.payment.", PaymentState.class),
            Map.entry("checkin.status.", CongressRegistrationStatus.class),
            Map.entry("congress.catering.kind.", DietaryKind.class),
            Map.entry("congress.eligibility.", TicketEligibility.class),
            Map.entry("congress.registrations.history.", RegistrationHistoryItem.Kind.class),
            Map.entry("congress.eligibilityShort.", TicketEligibility.class),
            Map.entry("congress.heardFrom.", HeardFrom.class),
            Map.entry("congress.invoice.kind.", InvoiceKind.class),
            Map.entry("congress.invoice.status.", PaymentStatus.class),
            Map.entry("congress.sessionType.", SessionType.class),
            Map.entry("congress.status.", CongressStatus.class),
            Map.entry("congress.export.status.", CongressRegistrationStatus.class),
            Map.entry("admin.members.status.", MemberStatus.class),
            Map.entry("admin.outbox.status.", MailStatus.class),
            Map.entry("audit.action.", AuditAction.class),
            Map.entry("event.audience.", EventAudience.class),
            Map.entry("event.calendar.format.", EventFormat.class),
            Map.entry("event.calendar.mine.", RegistrationStatus.class),
            Map.entry("event.export.status.", RegistrationStatus.class),
            Map.entry("event.format.", EventFormat.class),
            Map.entry("event.seat.", SeatKind.class),
            Map.entry("event.status.", EventStatus.class),
            Map.entry("event.type.", EventType.class),
            Map.entry("group.notification.", GroupNotification.class),
            Map.entry("group.policy.", JoinPolicy.class),
            Map.entry("group.standing.", GroupStanding.class),
            Map.entry("group.visibility.", GroupVisibility.class),
            Map.entry("member.directory.sort.", DirectorySort.class),
            Map.entry("profile.field.", ProfileField.class),
            Map.entry("congress.invoice.pdf.title.", InvoiceKind.class),
            Map.entry("seeking.direction.", SeekingDirection.class),
            Map.entry("seeking.own.", SeekingDirection.class),
            Map.entry("seeking.other.", SeekingDirection.class),
            Map.entry("seeking.suggestion.", SeekingDirection.class),
            // "seeking.kind." + direction + "." + kind (SeekingTexts, SeekingMatchMails)
            Map.entry("seeking.kind.SEEK.", SeekingKind.class),
            Map.entry("seeking.kind.OFFER.", SeekingKind.class));

    /** Enum values that never reach a text, with the reason in the name of the code that skips them. */
    private static final Set<String> NEVER_SHOWN = Set.of(
            // GroupsView and GroupView show a standing only when there is one.
            "group.standing.NONE",
            // The calendar marks only the events one is registered for or waiting on.
            "event.calendar.mine.CANCELLED",
            // A check-in needs no advice: the desk lets the person in.
            "checkin.advice.CHECKED_IN");

    /**
     * Prefixes followed by something other than an enum value: confirmation texts ({@code title},
     * {@code text}, {@code confirm}), form labels by field name, roles, languages, units.
     */
    private static final Set<String> OTHER_PREFIXES = Set.of(
            "admin.members.language.",
            "admin.members.role.",
            // the names of PersonalDataRequests' guest sections (GuestDataSection.name())
            "admin.requests.section.",
            "congress.field.",
            // column names of the accounting export (congress.invoice.InvoiceExport)
            "congress.invoice.export.",
            // lower-case names of CongressLinkProblem (its key() method)
            "congress.link.",
            "contact.dialog.",
            "event.calendar.mode.",
            // the names of the data exports' sections in the security log (PersonalDataExport.sectionKey;
            // PersonalDataRequestsTest checks every section bean)
            "privacy.section.",
            "event.calendar.next.",
            "event.calendar.previous.",
            "event.edit.capacityBelowConfirmed.",
            "event.edit.formatDropsSeats.",
            "event.export.",
            "event.form.",
            "event.guest.cancel.",
            "event.guest.confirm.",
            "event.guest.link.",
            "language.switch.",
            "profile.field.label.",
            // followed by a SeekingDirection and a SeekingKind, both checked in ENUM_PREFIXES
            "seeking.kind.",
            // the invoice PDF's labels (congress.invoice.InvoicePdf's text method)
            "congress.invoice.pdf.");

    @Test
    void keys_built_from_enums_exist_for_every_value() {
        Set<String> missing = new TreeSet<>();
        ENUM_PREFIXES.forEach((prefix, type) -> {
            for (Enum<?> value : type.getEnumConstants()) {
                String key = prefix + value.name();
                if (!NEVER_SHOWN.contains(key) && (!german.containsKey(key) || !english.containsKey(key))) {
                    missing.add(key);
                }
            }
        });
        for (Object mode : calendarModes()) {
            missing.addAll(absent("event.calendar.mode." + ((Enum<?>) mode).name()));
        }
        for (Locale locale : TranslationProvider.LOCALES) {
            missing.addAll(absent("language.switch." + locale.getLanguage()));
            missing.addAll(absent("admin.members.language." + locale.getLanguage()));
        }
        assertThat(missing).as("keys built from enum values").isEmpty();
    }

    @Test
    void every_key_prefix_in_code_is_known() throws IOException {
        Set<String> unknown = new TreeSet<>();
        for (String literal : keyLiteralsInMainCode()) {
            if (literal.endsWith(".")
                    && !ENUM_PREFIXES.containsKey(literal)
                    && !OTHER_PREFIXES.contains(literal)
                    && !isConfirmation(literal)) {
                unknown.add(literal);
            }
        }
        assertThat(unknown)
                .as("key prefixes completed in code: add them to ENUM_PREFIXES (with their enum) or OTHER_PREFIXES")
                .isEmpty();
    }

    @Test
    void confirmations_have_title_text_and_button() throws IOException {
        Set<String> missing = new TreeSet<>();
        for (String literal : keyLiteralsInMainCode()) {
            if (isConfirmation(literal)) {
                for (String part : List.of("title", "text", "confirm")) {
                    missing.addAll(absent(literal + part));
                }
            }
        }
        assertThat(missing).as("texts of confirmation dialogs").isEmpty();
    }

    /**
     * Text shown to users comes from the bundles: no string literal with a letter in it may be handed
     * to a component's text, label, placeholder, title or aria-label, or to a text component's
     * constructor, anywhere in {@code ui}.
     */
    @Test
    void ui_code_passes_no_literal_text_to_components() throws IOException {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/de/ddnhamburg/network/ui"))) {
            for (Path file :
                    files.filter(path -> path.toString().endsWith(".java")).toList()) {
                found.addAll(literalTexts(file.getFileName().toString(), Files.readString(file)));
            }
        }
        assertThat(found).as("literal texts in ui code; use getTranslation").isEmpty();
    }

    @Test
    void the_literal_text_check_finds_literal_texts() {
        assertThat(literalTexts(
                        "A.java", "save.setText(\"Save\"); add(new Span( \"Hallo\"), new Anchor(url, \"Web\"));"))
                .containsExactly(
                        "A.java: .setText(\"Save\")", "A.java: new Anchor(url,\"Web\")", "A.java: new Span(\"Hallo\")");
        assertThat(literalTexts("B.java", "new Span(\" · \"); title.setText(getTranslation(\"a.b\"));"))
                .isEmpty();
        assertThat(literalTexts(
                        "C.java",
                        "grid.setEmptyStateText(\"No rows\"); bar.getElement().setAttribute(\"aria-label\", \"Seats\");"
                                + " new Image(src, \"Logo\"); new ListItem(\"one\");"))
                .containsExactly(
                        "C.java: .setAttribute(\"aria-label\",\"Seats\")",
                        "C.java: .setEmptyStateText(\"No rows\")",
                        "C.java: new Image(src,\"Logo\")",
                        "C.java: new ListItem(\"one\")");
    }

    private static Set<String> literalTexts(String fileName, String code) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = LITERAL_TEXT.matcher(code);
        while (matcher.find()) {
            String literal = matcher.group(2);
            if (literal.chars().anyMatch(Character::isLetter) && !LITERAL_TEXT_ALLOWED.contains(literal)) {
                found.add(fileName + ": " + matcher.group(1).strip() + "\"" + literal + "\")");
            }
        }
        return found;
    }

    /** Calls that put text on the screen (or into a screen reader), with a literal first argument. */
    private static final Pattern LITERAL_TEXT =
            Pattern.compile("((?:new (?:Button|Span|Paragraph|H[1-6]|Label|NativeLabel|Text"
                    + "|RouterLink|Checkbox|TextField|TextArea|EmailField|PasswordField|IntegerField|Select|ComboBox|Details|Tab"
                    + "|SideNavItem|ListItem|Emphasis|Strong|Div)\\(|new (?:Anchor|Image)\\([^,()]+,"
                    + "|\\.(?:setText|setLabel|setPlaceholder|setHelperText|setTitle"
                    + "|setAriaLabel|setHeader|setHeaderTitle|setTooltipText|setConfirmText|setCancelText|setRejectText|addItem"
                    + "|show|setEmptyStateText|setErrorMessage|setAlt|setSummaryText)\\("
                    + "|\\.setAttribute\\(\"(?:aria-label|title|placeholder|alt)\",))\\s*\"([^\"]*)\"");

    /** Literals that are the same in every language. */
    private static final Set<String> LITERAL_TEXT_ALLOWED = Set.of("ddn", "https://");

    /** {@code group.confirm.leave.}, {@code member.photo.confirmRemove.}: what {@code Confirmation.ask} takes. */
    private static final Pattern CONFIRMATION_PREFIX = Pattern.compile(".*\\.confirm(?:\\.|[A-Z]).*");

    private static boolean isConfirmation(String literal) {
        return literal.endsWith(".")
                && !OTHER_PREFIXES.contains(literal)
                && CONFIRMATION_PREFIX.matcher(literal).matches();
    }

    private List<String> absent(String key) {
        return german.containsKey(key) && english.containsKey(key) ? List.of() : List.of(key);
    }

    private static Object[] calendarModes() {
        try {
            return Class.forName("de.ddnhamburg.network.ui.event.CalendarMode").getEnumConstants();
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
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
