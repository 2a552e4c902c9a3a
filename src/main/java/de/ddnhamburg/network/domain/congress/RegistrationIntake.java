package de.ddnhamburg.network.domain.congress;

import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.common.InvalidInputException;
import de.ddnhamburg.network.domain.common.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The common part of a member's and a guest's registration, under the congress lock the caller
 * took: check the input (the category the caller may choose, one pick per slot with a choice, the
 * needs only with consent, a billing address for a paid category, the consent), write it into the
 * registration and place it through {@link CongressPlacement}.
 */
@Component
class RegistrationIntake {

    private final CongressCatalogue catalogue;
    private final CongressRegistrations shared;
    private final CongressPlacement placement;
    private final Clock clock;

    RegistrationIntake(
            CongressCatalogue catalogue, CongressRegistrations shared, CongressPlacement placement, Clock clock) {
        this.catalogue = catalogue;
        this.shared = shared;
        this.placement = placement;
        this.clock = clock;
    }

    /** The locked congress if guests and members may see it; read the lock first. */
    static Congress requireVisible(Congress locked) {
        if (!locked.getStatus().isPublic()) {
            throw new NotFoundException();
        }
        return locked;
    }

    /** The congress of a registration, read without a lock (for pages that only show it). */
    Congress congressOf(CongressRegistration registration) {
        return catalogue.any(registration.getCongressId());
    }

    static void requireOpen(Congress congress, Instant now) {
        if (!congress.registrationOpenAt(now)) {
            if (now.isBefore(congress.getRegistrationOpensAt())) {
                throw new DomainException("congress.registration.notOpenYet", congress.getRegistrationOpensAt());
            }
            throw new DomainException("congress.registration.closed");
        }
    }

    /**
     * Checks everything and returns the category.
     *
     * @throws InvalidInputException naming each wrong field
     */
    TicketCategory check(Congress locked, RegistrationRequest request, boolean guest) {
        return check(catalogue.programme(locked.id()), request, guest);
    }

    /**
     * Checks everything against the programme read before the lock (who may choose a category
     * and which sessions a slot offers change only by an admin's edit) and returns the category.
     *
     * @throws InvalidInputException naming each wrong field
     */
    TicketCategory check(CongressProgramme programme, RegistrationRequest request, boolean guest) {
        InvalidInputException.Problems problems = InvalidInputException.collect();
        CongressRegistrationRules.person(request, guest, problems);
        TicketCategory category = programme.categories().stream()
                .filter(candidate -> candidate.id() == request.categoryId())
                .filter(candidate -> CongressCatalogue.mayChoose(candidate, !guest, blank(request.accessCode())))
                .findFirst()
                .orElse(null);
        if (category == null) {
            problems.add(CongressRegistrationRules.CATEGORY, "congress.registration.category.unavailable");
        }
        CongressRegistrationRules.picks(request.picks(), programme.choices(), problems);
        CongressRegistrationRules.answers(request, category != null && !category.isFree(), problems);
        problems.throwIfAny();
        return java.util.Objects.requireNonNull(category);
    }

    /** Writes the request into the registration (new or cancelled before) and places it. */
    Moves place(
            Congress locked,
            CongressRegistration registration,
            TicketCategory category,
            RegistrationRequest request,
            Hold hold) {
        CongressPlaces places = placement.open(locked);
        Moves moves = place(locked, places, registration, category, request, hold);
        places.store();
        return moves;
    }

    /** As above, with the counters of a batch of registrations under one lock; the caller stores them. */
    Moves place(
            Congress locked,
            CongressPlaces places,
            CongressRegistration registration,
            TicketCategory category,
            RegistrationRequest request,
            Hold hold) {
        Instant now = clock.instant();
        registration.setCategoryId(category.id());
        registration.setPerson(
                CongressRegistrationRules.required(request.firstName()),
                CongressRegistrationRules.required(request.lastName()),
                CongressRegistrationRules.clean(request.organisation()));
        registration.setLanguage(
                Locale.ENGLISH.getLanguage().equals(request.language().getLanguage()) ? "en" : "de");
        shared.applyAnswers(registration, request.answers());
        shared.applyBilling(registration, category, request.billing());
        registration.setConfirmedAt(null);
        Moves moves = placement.register(
                locked, places, registration, category, CongressRegistrations.wishes(request.picks()), hold, now);
        if (registration.getStatus() == CongressRegistrationStatus.CONFIRMED) {
            registration.setConfirmedAt(now);
        }
        return moves;
    }

    private static @Nullable String blank(@Nullable String code) {
        return code == null || code.isBlank() ? null : code;
    }
}
