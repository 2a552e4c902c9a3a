package de.ddnhamburg.network.domain.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every mail has its text in both languages, filled in for the recipient's language. */
class MailTemplatesTest {

    private final MailTemplates templates = new MailTemplates();

    @ParameterizedTest
    @EnumSource(MailTemplate.class)
    void every_template_renders_in_german_and_english_without_leftover_placeholders(MailTemplate template) {
        List<Object> params = List.of("Mira Member", Instant.parse("2026-03-02T09:15:00Z"), "x", "y", "z", "w");

        RenderedMail german = templates.render(template, Locale.GERMAN, params);
        RenderedMail english = templates.render(template, Locale.ENGLISH, params);

        for (RenderedMail mail : List.of(german, english)) {
            assertThat(mail.subject()).isNotBlank().doesNotContain("{", "}", "!mail.");
            assertThat(mail.body()).contains("Mira Member").doesNotContain("{", "}");
        }
        assertThat(german.subject()).isNotEqualTo(english.subject());
        assertThat(german.body()).endsWith("Bei Fragen wenden Sie sich bitte an die Verwaltung des Netzwerks.");
        assertThat(english.body()).endsWith("If you have questions, please contact the network’s administration.");
    }

    /** Congress mails reach addresses a guest typed: the name typed with them never opens the mail. */
    @ParameterizedTest
    @EnumSource(value = MailTemplate.class, names = "CONGRESS_.*", mode = EnumSource.Mode.MATCH_ALL)
    void congress_mails_greet_with_a_fixed_text_and_name_the_person_later(MailTemplate template) {
        List<Object> params = List.of("Mira Member", "Fachkongress", "x", "y");

        assertThat(templates.render(template, Locale.GERMAN, params).body())
                .startsWith("Guten Tag,\n\n")
                .contains("Mira Member");
        assertThat(templates.render(template, Locale.ENGLISH, params).body())
                .startsWith("Hello,\n\n")
                .contains("Mira Member");
    }

    @Test
    void instants_are_shown_in_hamburg_time_in_the_recipients_language() {
        // 09:15 UTC in March is 10:15 in Hamburg (CET).
        Instant changed = Instant.parse("2026-03-02T09:15:00Z");

        RenderedMail german =
                templates.render(MailTemplate.PASSWORD_CHANGED, Locale.GERMANY, List.of("Mira Member", changed));
        RenderedMail english =
                templates.render(MailTemplate.PASSWORD_CHANGED, Locale.UK, List.of("Mira Member", changed));

        assertThat(german.subject()).isEqualTo("Ihr Passwort wurde geändert");
        assertThat(german.body()).startsWith("Guten Tag Mira Member,\n\n").contains("am 02.03.2026, 10:15 geändert");
        assertThat(english.subject()).isEqualTo("Your password was changed");
        assertThat(english.body()).startsWith("Hello Mira Member,\n\n").contains("on 2 Mar 2026, 10:15");
    }

    @Test
    void amounts_and_days_are_written_the_way_each_language_writes_them() {
        List<Object> params = List.of(
                "Mira Member", "Fachkongress 2027", "2027-0042", new BigDecimal("1234.50"), LocalDate.of(2027, 1, 15));

        RenderedMail german = templates.render(MailTemplate.CONGRESS_PAYMENT_RECEIVED, Locale.GERMAN, params);
        RenderedMail english = templates.render(MailTemplate.CONGRESS_PAYMENT_RECEIVED, Locale.ENGLISH, params);

        assertThat(german.subject()).isEqualTo("Zahlung erhalten: Rechnung 2027-0042");
        assertThat(german.body()).contains("Ihre Zahlung von 1.234,50\u00a0€", "am 15.01.2027 bei uns eingegangen");
        assertThat(english.subject()).isEqualTo("Payment received: invoice 2027-0042");
        assertThat(english.body()).contains("your payment of €1,234.50", "reached us on 15 Jan 2027");
        List<Object> ticket = List.of("Nichtmitglied", new BigDecimal("89.00"));
        assertThat(templates.phrase(Locale.GERMAN, "congress.mail.line.category", ticket))
                .isEqualTo("Ticket: Nichtmitglied (89,00\u00a0€ inkl. MwSt.)");
        assertThat(templates.phrase(Locale.ENGLISH, "congress.mail.line.category", ticket))
                .isEqualTo("Ticket: Nichtmitglied (€89.00 incl. VAT)");
    }

    @Test
    void languages_other_than_english_get_german() {
        RenderedMail french = templates.render(MailTemplate.WELCOME, Locale.FRENCH, List.of("Mira"));

        assertThat(french.subject()).isEqualTo("Willkommen bei ddn Hamburg");
        assertThat(MailTemplates.supported(Locale.FRENCH)).isEqualTo(Locale.GERMAN);
        assertThat(MailTemplates.supported(Locale.US)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void stored_template_keys_lead_back_to_the_template() {
        for (MailTemplate template : MailTemplate.values()) {
            assertThat(MailTemplate.ofKey(template.key())).isSameAs(template);
        }
    }
}
