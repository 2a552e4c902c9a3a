package de.ddnhamburg.network.domain.event;

import de.ddnhamburg.network.domain.member.EmailAddress;
import de.ddnhamburg.network.domain.member.FieldProblem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The input rules of the guest registration form, in one place. Field names are shared with the
 * form, so that a problem found here is shown at the field it belongs to.
 */
public final class GuestRules {

    public static final String NAME = "name";
    public static final String EMAIL = "email";
    public static final String ORGANISATION = "organisation";
    public static final String SEAT = "seat";
    public static final String CONSENT = "consent";

    public static final int NAME_MAX = 200;
    public static final int EMAIL_MAX = 254;
    public static final int ORGANISATION_MAX = 200;

    private GuestRules() {}

    /**
     * @return the cleaned details
     * @throws GuestInputException naming every field that is wrong; nothing about other registrations
     */
    static GuestDetails valid(GuestRegistrationRequest request, EventFormat format) {
        Map<String, FieldProblem> problems = new LinkedHashMap<>();
        String name = text(request.name(), NAME_MAX, true, NAME, problems);
        String email = request.email() == null ? "" : EmailAddress.normalise(request.email());
        if (email.isEmpty()) {
            problems.put(EMAIL, problem("validation.required"));
        } else if (email.length() > EMAIL_MAX || !EmailAddress.isValid(email)) {
            problems.put(EMAIL, problem("validation.email.invalid"));
        }
        String organisation = text(request.organisation(), ORGANISATION_MAX, false, ORGANISATION, problems);
        SeatKind seat = request.seatKind() != null ? request.seatKind() : onlyKind(format);
        if (seat == null) {
            problems.put(SEAT, problem("event.guest.validation.seatRequired"));
        } else if (!format.offers(seat)) {
            problems.put(SEAT, problem("event.registration.seatKindNotOffered"));
        }
        if (!request.consentGiven()) {
            problems.put(CONSENT, problem("event.guest.validation.consentRequired"));
        }
        if (!problems.isEmpty()) {
            throw new GuestInputException(problems);
        }
        return new GuestDetails(
                name == null ? "" : name,
                email,
                organisation,
                java.util.Objects.requireNonNull(seat),
                request.language());
    }

    /** The kind of seat an event with only one kind offers; {@code null} for a hybrid event. */
    static @Nullable SeatKind onlyKind(EventFormat format) {
        return switch (format) {
            case IN_PERSON -> SeatKind.IN_PERSON;
            case ONLINE -> SeatKind.ONLINE;
            case HYBRID -> null;
        };
    }

    private static @Nullable String text(
            @Nullable String value, int max, boolean required, String field, Map<String, FieldProblem> problems) {
        String clean = value == null ? "" : value.strip();
        if (clean.isEmpty()) {
            if (required) {
                problems.put(field, problem("validation.required"));
            }
            return null;
        }
        if (clean.length() > max) {
            problems.put(field, new FieldProblem("event.guest.validation.tooLong", List.of(max)));
        }
        return clean;
    }

    private static FieldProblem problem(String key) {
        return new FieldProblem(key, List.of());
    }
}
