package de.ddnhamburg.network.domain.event;

import static org.assertj.core.api.Assertions.assertThat;

import de.ddnhamburg.network.domain.common.FieldProblem;
import de.ddnhamburg.network.domain.common.InvalidInputException;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The guest registration form's rules, each problem at its field; no Spring. */
class GuestRulesTest {

    @Test
    void a_complete_request_comes_back_cleaned() {
        GuestDetails details = GuestRules.valid(
                request("  Gerda Gast ", " Gerda@Example.ORG ", "  ", SeatKind.ONLINE, true), EventFormat.HYBRID);

        assertThat(details.name()).isEqualTo("Gerda Gast");
        assertThat(details.email()).isEqualTo("gerda@example.org");
        assertThat(details.organisation()).isNull();
        assertThat(details.seatKind()).isEqualTo(SeatKind.ONLINE);
        assertThat(details.language()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void every_wrong_field_is_named_at_once() {
        List<FieldProblem> problems = problems(
                request(" ", "keine-adresse", "o".repeat(GuestRules.ORGANISATION_MAX + 1), null, false),
                EventFormat.HYBRID);

        assertThat(problems)
                .containsExactlyInAnyOrder(
                        FieldProblem.of(GuestRules.NAME, "validation.required"),
                        FieldProblem.of(GuestRules.EMAIL, "validation.email.invalid"),
                        FieldProblem.of(
                                GuestRules.ORGANISATION, "event.guest.validation.tooLong", GuestRules.ORGANISATION_MAX),
                        FieldProblem.of(GuestRules.SEAT, "event.guest.validation.seatRequired"),
                        FieldProblem.of(GuestRules.CONSENT, "event.guest.validation.consentRequired"));
    }

    @Test
    void a_name_has_at_most_200_characters_after_trimming() {
        assertThat(GuestRules.valid(
                                request(" " + "x".repeat(GuestRules.NAME_MAX) + " ", "g@example.org", null, null, true),
                                EventFormat.ONLINE)
                        .name())
                .hasSize(GuestRules.NAME_MAX);
        assertThat(problems(
                        request("x".repeat(GuestRules.NAME_MAX + 1), "g@example.org", null, null, true),
                        EventFormat.ONLINE))
                .containsExactly(
                        FieldProblem.of(GuestRules.NAME, "event.guest.validation.tooLong", GuestRules.NAME_MAX));
    }

    @Test
    void an_address_is_required_valid_and_at_most_254_characters() {
        assertThat(problems(request("Gerda", null, null, null, true), EventFormat.ONLINE))
                .containsExactly(FieldProblem.of(GuestRules.EMAIL, "validation.required"));
        assertThat(problems(request("Gerda", "  ", null, null, true), EventFormat.ONLINE))
                .containsExactly(FieldProblem.of(GuestRules.EMAIL, "validation.required"));
        assertThat(problems(request("Gerda", "gerda@example", null, null, true), EventFormat.ONLINE))
                .containsExactly(FieldProblem.of(GuestRules.EMAIL, "validation.email.invalid"));
        String longest = "g".repeat(GuestRules.EMAIL_MAX - "@example.org".length()) + "@example.org";
        assertThat(GuestRules.valid(request("Gerda", longest, null, null, true), EventFormat.ONLINE)
                        .email())
                .hasSize(GuestRules.EMAIL_MAX);
        assertThat(problems(request("Gerda", "g" + longest, null, null, true), EventFormat.ONLINE))
                .containsExactly(FieldProblem.of(GuestRules.EMAIL, "validation.email.invalid"));
    }

    @Test
    void an_event_with_one_kind_of_seat_needs_no_choice_a_hybrid_one_does() {
        assertThat(GuestRules.valid(request("Gerda", "g@example.org", null, null, true), EventFormat.IN_PERSON)
                        .seatKind())
                .isEqualTo(SeatKind.IN_PERSON);
        assertThat(GuestRules.valid(request("Gerda", "g@example.org", null, null, true), EventFormat.ONLINE)
                        .seatKind())
                .isEqualTo(SeatKind.ONLINE);
        assertThat(problems(request("Gerda", "g@example.org", null, null, true), EventFormat.HYBRID))
                .containsExactly(FieldProblem.of(GuestRules.SEAT, "event.guest.validation.seatRequired"));
        assertThat(GuestRules.onlyKind(EventFormat.HYBRID)).isNull();
    }

    @Test
    void a_seat_the_event_does_not_offer_is_refused() {
        assertThat(problems(request("Gerda", "g@example.org", null, SeatKind.IN_PERSON, true), EventFormat.ONLINE))
                .containsExactly(FieldProblem.of(GuestRules.SEAT, "event.registration.seatKindNotOffered"));
        assertThat(problems(request("Gerda", "g@example.org", null, SeatKind.ONLINE, true), EventFormat.IN_PERSON))
                .containsExactly(FieldProblem.of(GuestRules.SEAT, "event.registration.seatKindNotOffered"));
    }

    @Test
    void consent_is_required() {
        assertThat(problems(request("Gerda", "g@example.org", null, null, false), EventFormat.ONLINE))
                .containsExactly(FieldProblem.of(GuestRules.CONSENT, "event.guest.validation.consentRequired"));
    }

    private static GuestRegistrationRequest request(
            @Nullable String name,
            @Nullable String email,
            @Nullable String organisation,
            @Nullable SeatKind seat,
            boolean consent) {
        return new GuestRegistrationRequest(name, email, organisation, seat, consent, Locale.ENGLISH);
    }

    private static List<FieldProblem> problems(GuestRegistrationRequest request, EventFormat format) {
        try {
            GuestRules.valid(request, format);
        } catch (InvalidInputException e) {
            return e.problems();
        }
        throw new AssertionError("no problem reported");
    }
}
