package de.ddnhamburg.network.domain.congress;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * What the registration services share: writing the answers into a registration, the owner's
 * view of it, placing wishes, and mailing everyone a placement moved.
 */
@Component
class CongressRegistrations {

    private final CongressRegistrationRepository registrations;
    private final TicketCategoryRepository categories;
    private final CongressCatalogue catalogue;
    private final CongressSummaries summaries;
    private final CongressMails mails;
    private final Clock clock;

    CongressRegistrations(
            CongressRegistrationRepository registrations,
            TicketCategoryRepository categories,
            CongressCatalogue catalogue,
            CongressSummaries summaries,
            CongressMails mails,
            Clock clock) {
        this.registrations = registrations;
        this.categories = categories;
        this.catalogue = catalogue;
        this.summaries = summaries;
        this.mails = mails;
        this.clock = clock;
    }

    /** The answers as given; the needs only with the consent, stamped now. */
    void applyAnswers(CongressRegistration registration, RegistrationAnswers answers) {
        String dietary = CongressRegistrationRules.clean(answers.dietaryNeeds());
        String accessibility = CongressRegistrationRules.clean(answers.accessibilityNeeds());
        Instant consent = answers.healthConsent() && (dietary != null || accessibility != null)
                ? (registration.getHealthConsentAt() != null
                        ? Objects.requireNonNull(registration.getHealthConsentAt())
                        : clock.instant())
                : null;
        registration.setNeeds(dietary, accessibility, consent);
        registration.setShowInParticipants(answers.showInParticipants());
        registration.setHeardFrom(answers.heardFrom());
    }

    void applyBilling(CongressRegistration registration, TicketCategory category, BillingAddress billing) {
        if (category.isFree()) {
            registration.setBillingAddress(null, null, null, null);
        } else {
            registration.setBillingAddress(
                    CongressRegistrationRules.clean(billing.organisation()),
                    CongressRegistrationRules.clean(billing.street()),
                    CongressRegistrationRules.clean(billing.postcode()),
                    CongressRegistrationRules.clean(billing.city()));
        }
    }

    static List<SessionWish> wishes(List<SessionPick> picks) {
        return picks.stream()
                .map(pick -> new SessionWish(pick.slotId(), pick.sessionId(), pick.secondChoiceId()))
                .toList();
    }

    /** Mails everyone else whose place or seat the placement changed (promoted, placed). */
    void mailConcerned(Congress congress, Moves moves, long own) {
        List<Long> concerned = moves.concerned(own);
        if (concerned.isEmpty()) {
            return;
        }
        registrations.flush();
        for (CongressRegistration other : registrations.findByIdIn(concerned)) {
            if (other.getStatus().holdsPlace() && other.getStatus() != CongressRegistrationStatus.UNCONFIRMED) {
                mails.state(congress, other, "promoted");
            }
        }
    }

    RegistrationDetails details(Congress congress, CongressRegistration registration) {
        return details(
                congress,
                registration,
                categories.findById(registration.getCategoryId()).orElseThrow(),
                catalogue.sessionsById(congress.id()),
                catalogue.slotsById(congress.id()),
                summaries.choices(registration));
    }

    /** The owner's view from what was read before and the choices as placed, without a query. */
    RegistrationDetails details(
            Congress congress,
            CongressRegistration registration,
            TicketCategory category,
            CongressProgramme programme,
            List<CongressSessionChoice> placed) {
        return details(congress, registration, category, programme.sessions(), programme.slots(), placed);
    }

    private RegistrationDetails details(
            Congress congress,
            CongressRegistration registration,
            TicketCategory category,
            Map<Long, CongressSession> sessions,
            Map<Long, CongressSlot> slots,
            List<CongressSessionChoice> placed) {
        List<ChoiceDetails> choices = placed.stream()
                .filter(choice -> slots.containsKey(choice.getSlotId()) && sessions.containsKey(choice.getSessionId()))
                .map(choice -> {
                    CongressSlot slot = Objects.requireNonNull(slots.get(choice.getSlotId()));
                    Long fallback = choice.getFallbackSessionId();
                    CongressSession second = fallback == null ? null : sessions.get(fallback);
                    return new ChoiceDetails(
                            slot.id(),
                            slot.getStartsAt(),
                            slot.getEndsAt(),
                            choice.getSessionId(),
                            Objects.requireNonNull(sessions.get(choice.getSessionId()))
                                    .getTitle(),
                            choice.getStatus(),
                            choice.getWaitingPosition(),
                            second == null ? null : second.id(),
                            second == null ? null : second.getTitle());
                })
                .sorted(Comparator.comparing(ChoiceDetails::startsAt))
                .toList();
        return new RegistrationDetails(
                registration.id(),
                congress.id(),
                congress.getTitle(),
                congress.getFirstDay(),
                registration.isGuest(),
                registration.getStatus(),
                registration.getWaitingPosition(),
                registration.getHoldExpiresAt(),
                registration.getTicketCode(),
                registration.getFirstName(),
                registration.getLastName(),
                registration.getEmail(),
                registration.getOrganisation(),
                category.id(),
                category.getName(),
                category.getPriceGross(),
                choices,
                new RegistrationAnswers(
                        registration.getDietaryNeeds(),
                        registration.getAccessibilityNeeds(),
                        registration.getHealthConsentAt() != null,
                        registration.isShowInParticipants(),
                        registration.getHeardFrom()),
                new BillingAddress(
                        registration.getBillingOrganisation(),
                        registration.getBillingStreet(),
                        registration.getBillingPostcode(),
                        registration.getBillingCity()),
                congress.getCancellationDeadline(),
                registration.getStatus() != CongressRegistrationStatus.CANCELLED
                        && clock.instant().isBefore(congress.getCancellationDeadline()),
                false);
    }
}
