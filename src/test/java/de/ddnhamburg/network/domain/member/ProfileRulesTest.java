package de.ddnhamburg.network.domain.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import de.ddnhamburg.network.domain.common.FieldProblem;
import de.ddnhamburg.network.domain.common.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The profile input rules, shared by the service and the form; no Spring. */
class ProfileRulesTest {

    @Test
    void a_name_is_required_and_at_most_100_characters_after_trimming() {
        assertThat(ProfileRules.checkName(null)).contains("validation.required");
        assertThat(ProfileRules.checkName(" \t ")).contains("validation.required");
        assertThat(ProfileRules.checkName("x".repeat(ProfileRules.NAME_MAX))).isEmpty();
        assertThat(ProfileRules.checkName("  " + "x".repeat(ProfileRules.NAME_MAX) + "  "))
                .isEmpty();
        assertThat(ProfileRules.checkName("x".repeat(ProfileRules.NAME_MAX + 1)))
                .contains("validation.tooLong");
    }

    @Test
    void optional_texts_are_checked_for_length_only() {
        assertThat(ProfileRules.checkLength(null, 5)).isEmpty();
        assertThat(ProfileRules.checkLength("", 5)).isEmpty();
        assertThat(ProfileRules.checkLength("12345", 5)).isEmpty();
        assertThat(ProfileRules.checkLength("123456", 5)).contains("validation.tooLong");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"https://hafen.example.org", "http://hafen.example.org/seite?a=1", "HTTPS://Hafen.Example.ORG"})
    void a_website_is_an_http_address_with_a_host(String url) {
        assertThat(ProfileRules.checkUrl(url, null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ftp://hafen.example.org",
                "javascript:alert(1)",
                "https://localhost",
                "hafen.example.org",
                "https://"
            })
    void anything_else_is_not_a_website(String url) {
        assertThat(ProfileRules.checkUrl(url, null)).contains("validation.url.invalid");
    }

    @Test
    void an_address_with_spaces_inside_is_invalid_and_an_empty_one_is_none() {
        assertThat(ProfileRules.checkUrl("https://hafen example.org", null)).contains("validation.url.invalid");
        assertThat(ProfileRules.checkUrl(null, null)).isEmpty();
        assertThat(ProfileRules.checkUrl("  ", null)).isEmpty();
    }

    @Test
    void an_address_is_at_most_300_characters() {
        String prefix = "https://hafen.example.org/";
        assertThat(ProfileRules.checkUrl(prefix + "a".repeat(ProfileRules.URL_MAX - prefix.length()), null))
                .isEmpty();
        assertThat(ProfileRules.checkUrl(prefix + "a".repeat(ProfileRules.URL_MAX - prefix.length() + 1), null))
                .contains("validation.tooLong");
    }

    @Test
    void linkedin_and_xing_must_be_on_their_own_site_or_a_subdomain() {
        assertThat(ProfileRules.checkUrl("https://www.linkedin.com/in/paula", "linkedin.com"))
                .isEmpty();
        assertThat(ProfileRules.checkUrl("https://linkedin.com/in/paula", "linkedin.com"))
                .isEmpty();
        assertThat(ProfileRules.checkUrl("https://linkedin.com.evil.example/in/paula", "linkedin.com"))
                .contains("validation.url.wrongSite");
        assertThat(ProfileRules.checkUrl("https://notlinkedin.com/in/paula", "linkedin.com"))
                .contains("validation.url.wrongSite");
        assertThat(ProfileRules.checkUrl("https://www.xing.com/profile/Paula", "xing.com"))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"040 1234567", "+49 (40) 123-456", "040/123456", "12345"})
    void a_phone_number_is_digits_with_the_usual_separators(String phone) {
        assertThat(ProfileRules.checkPhone(phone)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234", "040 CALL ME", "++49 40 1234", "040 1234 ext. 5"})
    void other_phone_numbers_are_refused(String phone) {
        assertThat(ProfileRules.checkPhone(phone)).contains("validation.phone.invalid");
    }

    @Test
    void a_phone_number_has_at_most_40_characters() {
        assertThat(ProfileRules.checkPhone("1".repeat(40))).isEmpty();
        assertThat(ProfileRules.checkPhone("1".repeat(41))).contains("validation.phone.invalid");
        assertThat(ProfileRules.checkPhone(null)).isEmpty();
    }

    @Test
    void at_most_15_expertise_tags_counting_repeats_once() {
        List<String> fifteen = tags(ProfileRules.EXPERTISE_MAX_TAGS);
        assertThat(ProfileRules.checkExpertise(fifteen)).isEmpty();
        List<String> withRepeat = new ArrayList<>(fifteen);
        withRepeat.add(fifteen.getFirst().toUpperCase(java.util.Locale.ROOT));
        withRepeat.add("  ");
        assertThat(ProfileRules.checkExpertise(withRepeat)).isEmpty();
        assertThat(ProfileRules.checkExpertise(tags(ProfileRules.EXPERTISE_MAX_TAGS + 1)))
                .contains("validation.expertise.tooMany");
    }

    @Test
    void an_expertise_tag_has_at_most_60_characters() {
        assertThat(ProfileRules.checkExpertise(List.of("x".repeat(ProfileRules.EXPERTISE_TAG_MAX))))
                .isEmpty();
        assertThat(ProfileRules.checkExpertise(List.of("x".repeat(ProfileRules.EXPERTISE_TAG_MAX + 1))))
                .contains("validation.expertise.tooLong");
    }

    @Test
    void tags_are_trimmed_squeezed_and_kept_once_in_the_members_order_and_spelling() {
        assertThat(ProfileRules.cleanTags(List.of(" Führung ", "Lern  Kultur", "", "FÜHRUNG", "lern kultur", "Ämter")))
                .containsExactly("Führung", "Lern Kultur", "Ämter");
    }

    @Test
    void validation_names_every_wrong_field_with_its_key() {
        ProfileUpdate wrong = new ProfileUpdate(
                "t".repeat(ProfileRules.TITLE_MAX + 1),
                " ",
                "x".repeat(ProfileRules.NAME_MAX + 1),
                "o".repeat(ProfileRules.ORGANISATION_MAX + 1),
                "p".repeat(ProfileRules.POSITION_MAX + 1),
                null,
                "b".repeat(ProfileRules.BIO_MAX + 1),
                tags(ProfileRules.EXPERTISE_MAX_TAGS + 1),
                Set.of(),
                "ftp://hafen.example.org",
                "https://example.org/paula",
                "https://xing.example.org",
                "keine Nummer",
                true,
                Map.of());

        assertThatThrownBy(() -> ProfileRules.validate(wrong))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        problem -> assertThat(problem.problems())
                                .extracting(FieldProblem::field, FieldProblem::messageKey)
                                .containsExactlyInAnyOrder(
                                        tuple("title", "validation.tooLong"),
                                        tuple("firstName", "validation.required"),
                                        tuple("lastName", "validation.tooLong"),
                                        tuple("organisation", "validation.tooLong"),
                                        tuple("position", "validation.tooLong"),
                                        tuple("bio", "validation.tooLong"),
                                        tuple("expertise", "validation.expertise.tooMany"),
                                        tuple("website", "validation.url.invalid"),
                                        tuple("linkedin", "validation.url.wrongSite"),
                                        tuple("xing", "validation.url.wrongSite"),
                                        tuple("phone", "validation.phone.invalid")));
    }

    @Test
    void a_valid_update_is_trimmed_blank_fields_become_empty_and_unset_visibilities_get_their_default() {
        ProfileUpdate update = new ProfileUpdate(
                "  ",
                "  Paula ",
                " Privat  ",
                " Hafenamt ",
                "",
                District.ALTONA,
                null,
                List.of(" Mentoring ", "mentoring"),
                Set.of("fuehrung"),
                " https://paula.example.org ",
                null,
                " ",
                " 040 1111 ",
                false,
                Map.of(ProfileField.PHONE, Visibility.CONTACTS));

        ProfileUpdate valid = ProfileRules.validate(update).value();

        assertThat(valid.title()).isNull();
        assertThat(valid.firstName()).isEqualTo("Paula");
        assertThat(valid.lastName()).isEqualTo("Privat");
        assertThat(valid.organisation()).isEqualTo("Hafenamt");
        assertThat(valid.position()).isNull();
        assertThat(valid.expertise()).containsExactly("Mentoring");
        assertThat(valid.website()).isEqualTo("https://paula.example.org");
        assertThat(valid.xing()).isNull();
        assertThat(valid.phone()).isEqualTo("040 1111");
        assertThat(valid.listedInDirectory()).isFalse();
        assertThat(valid.visibility()).hasSize(ProfileField.values().length);
        assertThat(valid.visibility()).containsEntry(ProfileField.PHONE, Visibility.CONTACTS);
        for (ProfileField field : ProfileField.values()) {
            if (field != ProfileField.PHONE) {
                assertThat(valid.visibility()).containsEntry(field, field.defaultVisibility());
            }
        }
    }

    private static List<String> tags(int count) {
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            tags.add("Thema " + i);
        }
        return tags;
    }
}
