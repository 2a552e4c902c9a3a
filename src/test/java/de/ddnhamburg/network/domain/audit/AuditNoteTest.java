package de.ddnhamburg.network.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Audit details reach admins from the bundles, in German and English; no service writes its own words. */
class AuditNoteTest {

    @Test
    void a_note_is_written_out_in_the_readers_language_with_its_data_keys_and_days() {
        String stored = AuditNote.of(
                "audit.note.cancelled", AuditNote.key("congress.desk.status.CONFIRMED"), "Doppelt angemeldet");
        assertThat(AuditNote.text(stored, Locale.GERMAN)).hasValue("war Bestätigt: Doppelt angemeldet");
        assertThat(AuditNote.text(stored, Locale.ENGLISH)).hasValue("was Confirmed: Doppelt angemeldet");

        String paid = AuditNote.of("audit.note.paidOn", "2027-0001", AuditNote.day(LocalDate.of(2027, 1, 15)));
        assertThat(AuditNote.text(paid, Locale.GERMAN)).hasValue("2027-0001 bezahlt am 15.01.2027");
        assertThat(AuditNote.text(paid, Locale.ENGLISH)).hasValue("2027-0001 paid on 15 Jan 2027");

        String roles = AuditNote.of(
                "audit.note.change",
                AuditNote.keys(List.of("admin.members.role.MEMBER")),
                AuditNote.keys(List.of("admin.members.role.ADMIN", "admin.members.role.MEMBER")));
        assertThat(AuditNote.text(roles, Locale.ENGLISH)).hasValue("Member → Administration, Member");
    }

    @Test
    void data_is_never_read_as_a_key_and_plain_details_are_not_notes() {
        String sneaky = AuditNote.of("audit.note.category", "\u001Eaudit.note.all\u001Fmore");
        assertThat(AuditNote.text(sneaky, Locale.ENGLISH)).hasValue("category \" audit.note.all more\"");
        assertThat(AuditNote.text("Fachkongress 2027", Locale.GERMAN)).isEmpty();
        assertThat(AuditNote.text(null, Locale.GERMAN)).isEmpty();
        assertThat(AuditNote.isNote("audit.note.all")).isTrue();
        assertThatThrownBy(() -> AuditNote.of("congress.status.DRAFT")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void every_note_reads_differently_in_german_and_english_and_leaves_no_placeholder() throws IOException {
        Properties german = load("i18n/messages.properties");
        // The same in both languages: an arrow, or the argument alone.
        Set<String> same = Set.of("audit.note.change", "audit.note.status");
        List<String> keys = german.stringPropertyNames().stream()
                .filter(key -> key.startsWith("audit.note.") || key.startsWith("audit.detail."))
                .sorted()
                .toList();
        assertThat(keys).hasSizeGreaterThan(50);
        for (String key : keys) {
            String stored = AuditNote.of(key, "a", "b", "c", "d", "e", "f", "g");
            String de = AuditNote.text(stored, Locale.GERMAN).orElseThrow();
            String en = AuditNote.text(stored, Locale.ENGLISH).orElseThrow();
            assertThat(de).as(key).doesNotContain("{", "}");
            assertThat(en).as(key).doesNotContain("{", "}");
            if (!same.contains(key)) {
                assertThat(en).as(key).isNotEqualTo(de);
            }
        }
    }

    /**
     * The details of every {@code audit.record(...)} in the main code are a note, data (titles,
     * addresses, ids), or a file type: a string literal with words in it, other than a key or a
     * target's prefix such as {@code "member:"}, is text that would reach admins untranslated. So is
     * an enum's {@code name()} passed as it is.
     */
    @Test
    void services_write_audit_details_as_notes_never_as_their_own_words() throws IOException {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file :
                    files.filter(path -> path.toString().endsWith(".java")).toList()) {
                found.addAll(untranslated(file.getFileName().toString(), Files.readString(file)));
            }
        }
        assertThat(found)
                .as("audit details in words of the code; use AuditNote.of")
                .isEmpty();
    }

    @Test
    void the_check_finds_words_and_enum_names_in_audit_details() {
        assertThat(untranslated(
                        "A.java",
                        "audit.record(AuditAction.X, \"member:\" + id, \"desk \" + desk);\n"
                                + "audit.record(AuditAction.Y, target, status.name());\n"
                                + "audit.record(AuditAction.Z, target, AuditNote.of(\"audit.note.desk\", desk));\n"
                                + "audit.record(AuditAction.Z, target, \"csv\");"))
                .containsExactly("A.java: \"desk \"", "A.java: name()");
    }

    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern KEY = Pattern.compile("[a-z][a-zA-Z]*(?:\\.[a-zA-Z0-9_]+)+\\.?");
    private static final Set<String> FILE_TYPES = Set.of("csv", "xlsx");

    static List<String> untranslated(String fileName, String code) {
        List<String> found = new ArrayList<>();
        int at = code.indexOf("audit.record(");
        while (at >= 0) {
            String call = call(code, at + "audit.record".length());
            Matcher literal = LITERAL.matcher(call);
            while (literal.find()) {
                String text = literal.group(1);
                boolean words = text.chars().anyMatch(Character::isLetter);
                if (words && !KEY.matcher(text).matches() && !text.endsWith(":") && !FILE_TYPES.contains(text)) {
                    found.add(fileName + ": \"" + text + "\"");
                }
            }
            if (call.contains(".name()") && !call.contains("AuditNote.")) {
                found.add(fileName + ": name()");
            }
            at = code.indexOf("audit.record(", at + 1);
        }
        return found;
    }

    /** The call's arguments, from its opening parenthesis to the matching one. */
    private static String call(String code, int open) {
        int depth = 0;
        for (int i = open; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return code.substring(open, i + 1);
            }
        }
        return code.substring(open);
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = AuditNoteTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
