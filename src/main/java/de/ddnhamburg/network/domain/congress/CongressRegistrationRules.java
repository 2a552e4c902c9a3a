package de.ddnhamburg.network.domain.congress;

import de.ddnhamburg.network.domain.common.InvalidInputException;
import de.ddnhamburg.network.domain.member.EmailAddress;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The input rules of a congress registration, shared by the wizard (field names, lengths) and the
 * services, which check everything again.
 */
public final class CongressRegistrationRules {

    public static final String FIRST_NAME = "firstName";
    public static final String LAST_NAME = "lastName";
    public static final String EMAIL = "email";
    public static final String ORGANISATION = "organisation";
    public static final String CATEGORY = "category";
    public static final String ACCESS_CODE = "accessCode";
    /** A slot's pick is {@code "pick:<slot id>"}. */
    public static final String PICK = "pick:";

    public static final String DIETARY = "dietaryNeeds";
    public static final String ACCESSIBILITY = "accessibilityNeeds";
    public static final String HEALTH_CONSENT = "healthConsent";
    public static final String BILLING_STREET = "billingStreet";
    public static final String BILLING_POSTCODE = "billingPostcode";
    public static final String BILLING_CITY = "billingCity";
    public static final String BILLING_ORGANISATION = "billingOrganisation";
    public static final String CONSENT = "consent";

    public static final int NAME_MAX = 100;
    public static final int EMAIL_MAX = 254;
    public static final int ORGANISATION_MAX = 200;
    public static final int NEEDS_MAX = 500;
    public static final int STREET_MAX = 200;
    public static final int POSTCODE_MAX = 10;
    public static final int CITY_MAX = 100;

    private CongressRegistrationRules() {}

    /** The person's name, organisation and (for guests) address. */
    static void person(RegistrationRequest request, boolean guest, InvalidInputException.Problems problems) {
        text(request.firstName(), NAME_MAX, true, FIRST_NAME, problems);
        text(request.lastName(), NAME_MAX, true, LAST_NAME, problems);
        text(request.organisation(), ORGANISATION_MAX, false, ORGANISATION, problems);
        if (guest) {
            problems.add(EMAIL, EmailAddress.check(request.email()));
        }
    }

    /** Needs only with the consent; a billing address for a paid category; the consent to the terms. */
    static void answers(RegistrationRequest request, boolean paid, InvalidInputException.Problems problems) {
        questions(request.answers(), problems);
        if (paid) {
            BillingAddress billing = request.billing();
            text(billing.organisation(), ORGANISATION_MAX, false, BILLING_ORGANISATION, problems);
            text(billing.street(), STREET_MAX, true, BILLING_STREET, problems);
            text(billing.postcode(), POSTCODE_MAX, true, BILLING_POSTCODE, problems);
            text(billing.city(), CITY_MAX, true, BILLING_CITY, problems);
        }
        if (!request.consent()) {
            problems.add(CONSENT, "congress.registration.validation.consent");
        }
    }

    static void questions(RegistrationAnswers answers, InvalidInputException.Problems problems) {
        String dietary = text(answers.dietaryNeeds(), NEEDS_MAX, false, DIETARY, problems);
        String accessibility = text(answers.accessibilityNeeds(), NEEDS_MAX, false, ACCESSIBILITY, problems);
        if ((dietary != null || accessibility != null) && !answers.healthConsent()) {
            problems.add(HEALTH_CONSENT, "congress.registration.validation.healthConsent");
        }
    }

    /**
     * One pick for every slot with a choice, naming a scheduled session of that slot; a second
     * choice, if any, is another session of the same slot.
     */
    static void picks(List<SessionPick> picks, List<SlotChoice> choices, InvalidInputException.Problems problems) {
        Set<Long> seen = new HashSet<>();
        Map<Long, SlotChoice> bySlot = new java.util.HashMap<>();
        choices.forEach(slot -> bySlot.put(slot.slotId(), slot));
        for (SessionPick pick : picks) {
            SlotChoice slot = bySlot.get(pick.slotId());
            if (slot == null || !seen.add(pick.slotId()) || !offers(slot, pick.sessionId())) {
                problems.add(PICK + pick.slotId(), "congress.registration.validation.session");
                continue;
            }
            Long second = pick.secondChoiceId();
            if (second != null && (second == pick.sessionId() || !offers(slot, second))) {
                problems.add(PICK + pick.slotId(), "congress.registration.validation.secondChoice");
            }
        }
        for (SlotChoice slot : choices) {
            if (!seen.contains(slot.slotId())) {
                problems.add(PICK + slot.slotId(), "congress.registration.validation.sessionRequired");
            }
        }
    }

    private static boolean offers(SlotChoice slot, long sessionId) {
        return slot.sessions().stream().anyMatch(session -> session.id() == sessionId);
    }

    static @Nullable String clean(@Nullable String value) {
        String clean = value == null ? "" : value.strip();
        return clean.isEmpty() ? null : clean;
    }

    static String required(@Nullable String value) {
        return Objects.requireNonNull(clean(value));
    }

    private static @Nullable String text(
            @Nullable String value, int max, boolean required, String field, InvalidInputException.Problems problems) {
        String clean = clean(value);
        if (clean == null) {
            if (required) {
                problems.add(field, "validation.required");
            }
            return null;
        }
        if (clean.length() > max) {
            problems.add(field, "congress.registration.validation.tooLong", max);
        }
        return clean;
    }
}
