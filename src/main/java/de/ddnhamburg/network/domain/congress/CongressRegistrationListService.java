package de.ddnhamburg.network.domain.congress;

import de.ddnhamburg.network.domain.audit.AuditAction;
import de.ddnhamburg.network.domain.audit.AuditService;
import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.domain.congress.RegistrationHistoryItem.Kind;
import de.ddnhamburg.network.domain.mail.OutboxAdministration;
import de.ddnhamburg.network.security.Roles;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admins' list of a congress's registrations, paged in the database with search and filters,
 * and one registration in full with its history. Reading one in full shows its needs (health data),
 * so it is audited; the list is not, like the member administration's.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class CongressRegistrationListService {

    private final CongressRepository congresses;
    private final CongressRegistrationRepository registrations;
    private final TicketCategoryRepository categories;
    private final CongressSessionRepository sessions;
    private final CongressSessionChoiceRepository choices;
    private final CongressCatalogue catalogue;
    private final CongressRegistrations shared;
    private final CongressHooks hooks;
    private final AuditService audit;
    private final OutboxAdministration outbox;

    CongressRegistrationListService(
            CongressRepository congresses,
            CongressRegistrationRepository registrations,
            TicketCategoryRepository categories,
            CongressSessionRepository sessions,
            CongressSessionChoiceRepository choices,
            CongressCatalogue catalogue,
            CongressRegistrations shared,
            CongressHooks hooks,
            AuditService audit,
            OutboxAdministration outbox) {
        this.congresses = congresses;
        this.registrations = registrations;
        this.categories = categories;
        this.sessions = sessions;
        this.choices = choices;
        this.catalogue = catalogue;
        this.shared = shared;
        this.hooks = hooks;
        this.audit = audit;
        this.outbox = outbox;
    }

    /** The categories and workshops to filter by and change to, and whether payments can be marked. */
    public DeskOptions options(long congressId) {
        Congress congress = congresses.findById(congressId).orElseThrow(NotFoundException::new);
        return new DeskOptions(
                congressId,
                congress.getTitle(),
                catalogue.categories(congressId).stream()
                        .map(CongressRegistrationListService::desk)
                        .toList(),
                catalogue.choices(congressId),
                hooks.payments().canMarkPaid());
    }

    public List<AdminRegistrationRow> page(long congressId, AdminRegistrationFilter filter, Pageable pageable) {
        Map<Long, Instant> paid = hooks.payments().paid(congressId);
        Map<Long, Instant> checkedIn = hooks.checkIns().checkInTimes(congressId);
        Map<Long, TicketCategory> categoriesById = catalogue.categories(congressId).stream()
                .collect(Collectors.toMap(TicketCategory::id, Function.identity()));
        PageRequest sorted = PageRequest.of(
                pageable.getPageNumber(), pageable.getPageSize(), AdminRegistrationQuery.sort(pageable.getSort()));
        List<CongressRegistration> found = registrations
                .findAll(query(congressId, filter, paid, checkedIn, categoriesById), sorted)
                .getContent();
        Map<Long, List<CongressSessionChoice>> chosen =
                choices
                        .findByRegistrationIdIn(
                                found.stream().map(CongressRegistration::id).toList())
                        .stream()
                        .collect(Collectors.groupingBy(CongressSessionChoice::getRegistrationId));
        Map<Long, String> titles = found.isEmpty() ? Map.of() : sessionTitles(congressId);
        return found.stream()
                .map(registration -> {
                    TicketCategory category = categoriesById.get(registration.getCategoryId());
                    return new AdminRegistrationRow(
                            registration.id(),
                            (registration.getFirstName() + " " + registration.getLastName()).strip(),
                            registration.getEmail(),
                            registration.getOrganisation(),
                            registration.isGuest(),
                            registration.getCategoryId(),
                            category == null ? "" : category.getName(),
                            registration.getStatus(),
                            registration.getWaitingPosition(),
                            registration.getTicketCode(),
                            registration.getRegisteredAt(),
                            marks(chosen.getOrDefault(registration.id(), List.of()), titles),
                            payment(registration, category, paid, hooks.paymentsTracked()),
                            checkedIn.get(registration.id()));
                })
                .toList();
    }

    public long count(long congressId, AdminRegistrationFilter filter) {
        Map<Long, TicketCategory> categoriesById = catalogue.categories(congressId).stream()
                .collect(Collectors.toMap(TicketCategory::id, Function.identity()));
        return registrations.count(query(
                congressId,
                filter,
                hooks.payments().paid(congressId),
                hooks.checkIns().checkInTimes(congressId),
                categoriesById));
    }

    /** One registration in full, with its history; the read is audited. */
    @Transactional
    public AdminRegistrationDetails details(long registrationId) {
        CongressRegistration registration =
                registrations.findById(registrationId).orElseThrow(NotFoundException::new);
        Congress congress = catalogue.any(registration.getCongressId());
        TicketCategory category =
                categories.findById(registration.getCategoryId()).orElseThrow();
        Map<Long, Instant> paid = hooks.payments().paid(congress.id());
        String target = CongressRegistrationAdminService.target(registrationId);
        List<RegistrationHistoryItem> history = history(registration, target);
        audit.record(AuditAction.CONGRESS_REGISTRATION_VIEWED, target, null);
        return new AdminRegistrationDetails(
                shared.details(congress, registration),
                registration.getMemberId() != null,
                registration.getLanguage(),
                registration.getRegisteredAt(),
                registration.getConfirmedAt(),
                registration.getCancelledAt(),
                payment(registration, category, paid, hooks.paymentsTracked()),
                paid.get(registrationId),
                hooks.checkIns().checkInTimes(congress.id()).get(registrationId),
                history);
    }

    private List<RegistrationHistoryItem> history(CongressRegistration registration, String target) {
        List<RegistrationHistoryItem> history = new ArrayList<>();
        history.add(new RegistrationHistoryItem(registration.getRegisteredAt(), Kind.REGISTERED, null, null, null));
        if (registration.getConfirmedAt() != null) {
            history.add(new RegistrationHistoryItem(registration.getConfirmedAt(), Kind.CONFIRMED, null, null, null));
        }
        if (registration.getCancelledAt() != null) {
            history.add(new RegistrationHistoryItem(registration.getCancelledAt(), Kind.CANCELLED, null, null, null));
        }
        audit.history(target).stream()
                .filter(entry -> entry.action() != AuditAction.CONGRESS_REGISTRATION_VIEWED)
                .forEach(entry -> history.add(new RegistrationHistoryItem(
                        entry.occurredAt(), Kind.ADMIN, entry.action(), entry.details(), entry.actor())));
        outbox.factsMailedTo(registration.getEmail()).stream()
                .filter(fact -> namesRegistration(fact.factKey(), registration.id()))
                .forEach(fact -> history.add(new RegistrationHistoryItem(
                        fact.mail().createdAt(), Kind.MAIL, null, fact.mail().subject(), null)));
        history.sort(Comparator.comparing(RegistrationHistoryItem::at));
        return history;
    }

    /**
     * Whether a mail's fact is about this registration: the congress's facts name it right after
     * their kind ({@code congress.changed:12:3}), a cancelled session's after the session
     * ({@code congress.session.cancelled:7:12}); the mail to a member whose address a guest typed
     * names the congress, not a registration.
     */
    static boolean namesRegistration(String factKey, long registrationId) {
        String[] parts = factKey.split(":");
        if (parts.length < 2 || !parts[0].startsWith("congress.") || parts[0].equals("congress.member-address")) {
            return false;
        }
        int index = parts[0].equals("congress.session.cancelled") ? 2 : 1;
        return parts.length > index && parts[index].equals(String.valueOf(registrationId));
    }

    private org.springframework.data.jpa.domain.Specification<CongressRegistration> query(
            long congressId,
            AdminRegistrationFilter filter,
            Map<Long, Instant> paid,
            Map<Long, Instant> checkedIn,
            Map<Long, TicketCategory> categoriesById) {
        Set<Long> paidCategories = categoriesById.values().stream()
                .filter(category -> !category.isFree())
                .map(TicketCategory::id)
                .collect(Collectors.toSet());
        return AdminRegistrationQuery.of(
                congressId,
                filter,
                new AdminRegistrationQuery.Known(
                        paid.keySet(), hooks.paymentsTracked(), checkedIn.keySet(), paidCategories));
    }

    private Map<Long, String> sessionTitles(long congressId) {
        return sessions.findWithSpeakersByCongressId(congressId).stream()
                .collect(Collectors.toMap(CongressSession::id, CongressSession::getTitle, (a, b) -> a));
    }

    private static List<WorkshopMark> marks(List<CongressSessionChoice> chosen, Map<Long, String> titles) {
        return chosen.stream()
                .sorted(Comparator.comparing(CongressSessionChoice::getSlotId))
                .map(choice -> new WorkshopMark(
                        choice.getSlotId(),
                        choice.getSessionId(),
                        titles.getOrDefault(choice.getSessionId(), ""),
                        choice.getStatus(),
                        choice.getWaitingPosition()))
                .toList();
    }

    /** Paid as the invoices say; a free category's ticket needs nothing; else open, or unknown while nothing tracks payments. */
    static PaymentState payment(
            CongressRegistration registration,
            @Nullable TicketCategory category,
            Map<Long, Instant> paid,
            boolean tracked) {
        if (paid.containsKey(registration.id())) {
            return PaymentState.PAID;
        }
        if (category == null || category.isFree()) {
            return PaymentState.NOT_DUE;
        }
        return tracked ? PaymentState.OPEN : PaymentState.UNKNOWN;
    }

    static DeskCategory desk(TicketCategory category) {
        return new DeskCategory(
                category.id(),
                category.getName(),
                category.getPriceGross(),
                category.getQuota(),
                category.getTaken(),
                category.isApprovalRequired());
    }
}
