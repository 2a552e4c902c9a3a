package de.ddnhamburg.network.domain.event;

import de.ddnhamburg.network.domain.common.InvalidInputException;
import de.ddnhamburg.network.domain.member.EmailAddress;
import java.util.Objects;
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
     * @throws InvalidInputException naming every field that is wrong; nothing about other registrations
     */
    static GuestDetails valid(GuestRegistrationRequest request, EventFormat format) {
        InvalidInputException.Problems problems = InvalidInputException.collect();
        String name = text(request.name(), NAME_MAX, true, NAME, problems);
        problems.add(EMAIL, EmailAddress.check(request.email()));
        String organisation = text(request.organisation(), ORGANISATION_MAX, false, ORGANISATION, problems);
        SeatKind seat = request.seatKind() != null ? request.seatKind() : onlyKind(format);
        if (seat == null) {
            problems.add(SEAT, "event.guest.validation.seatRequired");
        } else if (!format.offers(seat)) {
            problems.add(SEAT, "event.registration.seatKindNotOffered");
        }
        if (!request.consentGiven()) {
            problems.add(CONSENT, "event.guest.validation.consentRequired");
        }
        problems.throwIfAny();
        return new GuestDetails(
                name == null ? "" : name,
                EmailAddress.normalise(Objects.requireNonNull(request.email())),
                organisation,
                Objects.requireNonNull(seat),
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
            @Nullable String value, int max, boolean required, String field, InvalidInputException.Problems problems) {
        String clean = value == null ? "" : value.strip();
        if (clean.isEmpty()) {
            if (required) {
                problems.add(field, "validation.required");
            }
            return null;
        }
        if (clean.length() > max) {
            problems.add(field, "event.guest.validation.tooLong", max);
        }
        return clean;
    }
}
