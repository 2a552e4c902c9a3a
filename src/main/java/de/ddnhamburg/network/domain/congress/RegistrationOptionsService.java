package de.ddnhamburg.network.domain.congress;

import de.ddnhamburg.network.domain.common.ClockConfig;
import de.ddnhamburg.network.domain.common.InvalidInputException;
import de.ddnhamburg.network.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the registration wizard may offer the caller (guest or member): the categories they may
 * choose (members-only ones to members, a code category only with its own code), with prices and
 * places left; the slots with a choice and their seats left; and a forecast of what submitting now
 * would give. Open to everybody, like the public congress page.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("permitAll()")
public class RegistrationOptionsService {

    private final CongressCatalogue catalogue;
    private final CongressRegistrationRepository registrations;
    private final CongressRepository congresses;
    private final RegistrationIntake intake;
    private final CurrentUser currentUser;
    private final CongressPublicPlaces publicPlaces;
    private final Clock clock;

    RegistrationOptionsService(
            CongressCatalogue catalogue,
            CongressRegistrationRepository registrations,
            CongressRepository congresses,
            RegistrationIntake intake,
            CurrentUser currentUser,
            CongressPublicPlaces publicPlaces,
            Clock clock) {
        this.catalogue = catalogue;
        this.registrations = registrations;
        this.congresses = congresses;
        this.intake = intake;
        this.currentUser = currentUser;
        this.publicPlaces = publicPlaces;
        this.clock = clock;
    }

    /**
     * @param accessCode what the caller typed into the code field, or null; it opens only the
     *     category it belongs to
     * @throws de.ddnhamburg.network.domain.common.NotFoundException for a congress guests and members may not see
     */
    public RegistrationOptions options(long congressId, @Nullable String accessCode) {
        Congress congress = catalogue.visible(congressId);
        boolean member = currentUser.memberId().isPresent();
        // Without unconfirmed guests, or the figures would tell whether an address is registered.
        CongressPublicPlaces.Unconfirmed shown = publicPlaces.of(congress.id());
        return new RegistrationOptions(
                congress.id(),
                congress.getTitle(),
                congress.getSubtitle(),
                congress.getFirstDay(),
                congress.getVenueName(),
                congress.registrationOpenAt(clock.instant()),
                member,
                congress.getCancellationDeadline(),
                congress.getStatus() == CongressStatus.PUBLISHED
                        && clock.instant().isBefore(congress.getRegistrationOpensAt()),
                congress.getRegistrationOpensAt(),
                congress.getRegistrationClosesAt(),
                catalogue.categoryOptions(congress, member, blankToNull(accessCode), shown),
                catalogue.publicChoices(congress.id(), shown));
    }

    /** Whether the code opens a category of this congress (the wizard's check at the code field). */
    public boolean codeOpensCategory(long congressId, String accessCode) {
        Congress congress = catalogue.visible(congressId);
        return !accessCode.isBlank()
                && catalogue.categories(congress.id()).stream()
                        .anyMatch(category -> category.getEligibility() == TicketEligibility.ACCESS_CODE
                                && CongressCatalogue.codeMatches(category.getAccessCode(), accessCode));
    }

    /**
     * What submitting now would give for the category and picks: a place or waiting position in
     * the category, and per pick a seat or the position on the session's waiting list (with the
     * second choice's seat meanwhile). The wizard asks again at the summary and shows what changed.
     */
    public RegistrationPreview preview(
            long congressId, long categoryId, @Nullable String accessCode, List<SessionPick> picks) {
        Congress congress = catalogue.visible(congressId);
        boolean member = currentUser.memberId().isPresent();
        TicketCategory category = catalogue.choosable(congress, categoryId, member, blankToNull(accessCode));
        CongressPublicPlaces.Unconfirmed shown = publicPlaces.of(congress.id());
        CategoryOption option = catalogue.categoryOptions(congress, member, blankToNull(accessCode), shown).stream()
                .filter(candidate -> candidate.id() == category.id())
                .findFirst()
                .orElseThrow();
        boolean place = option.placesLeft() > 0 && option.waiting() == 0;
        Map<Long, SessionOption> sessions = new java.util.HashMap<>();
        catalogue
                .publicChoices(congress.id(), shown)
                .forEach(slot -> slot.sessions().forEach(s -> sessions.put(s.id(), s)));
        List<PickOutcome> outcomes = new ArrayList<>();
        for (SessionPick pick : picks) {
            SessionOption wanted = sessions.get(pick.sessionId());
            if (wanted == null) {
                continue;
            }
            boolean seat = !wanted.full() && wanted.waiting() == 0;
            Long secondId = seat ? null : pick.secondChoiceId();
            SessionOption second = secondId == null ? null : sessions.get(secondId);
            outcomes.add(new PickOutcome(
                    pick.slotId(),
                    wanted.id(),
                    wanted.title(),
                    seat,
                    seat ? null : wanted.waiting() + 1,
                    second == null ? null : second.id(),
                    second == null ? null : second.title(),
                    second != null && !second.full()));
        }
        return new RegistrationPreview(
                category.id(), place, place ? null : option.waiting() + 1, category.isApprovalRequired(), outcomes);
    }

    /**
     * Checks a (partly filled) request with the rules the registration applies, without registering:
     * the wizard asks after each step and shows the problems of that step's fields.
     *
     * @throws InvalidInputException naming every wrong field of the whole request
     */
    public void check(RegistrationRequest request) {
        intake.check(
                catalogue.visible(request.congressId()),
                request,
                currentUser.memberId().isEmpty());
    }

    /** Congresses guests and members may see that have not ended, soonest first (for links to them). */
    public List<CongressLink> upcoming() {
        LocalDate today = clock.instant().atZone(ClockConfig.DISPLAY_ZONE).toLocalDate();
        return congresses
                .findByStatusInOrderByFirstDayAsc(List.of(CongressStatus.PUBLISHED, CongressStatus.REGISTRATION_CLOSED))
                .stream()
                .filter(congress -> !congress.lastDay().isBefore(today))
                .map(congress -> new CongressLink(
                        congress.id(),
                        congress.getTitle(),
                        congress.getFirstDay(),
                        congress.registrationOpenAt(clock.instant())))
                .toList();
    }

    /** The signed-in member's registration for the congress, if any, so the wizard can lead there. */
    public boolean memberAlreadyRegistered(long congressId) {
        return currentUser
                .memberId()
                .flatMap(memberId -> registrations.findByCongressIdAndPersonKey(congressId, "m:" + memberId))
                .filter(registration -> registration.getStatus() != CongressRegistrationStatus.CANCELLED)
                .isPresent();
    }

    private static @Nullable String blankToNull(@Nullable String code) {
        return code == null || code.isBlank() ? null : Objects.requireNonNull(code);
    }
}
