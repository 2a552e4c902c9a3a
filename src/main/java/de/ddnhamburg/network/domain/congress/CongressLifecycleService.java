package de.ddnhamburg.network.domain.congress;

import de.ddnhamburg.network.domain.audit.AuditAction;
import de.ddnhamburg.network.domain.audit.AuditNote;
import de.ddnhamburg.network.domain.audit.AuditService;
import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.common.InvalidInputException;
import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.security.Roles;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The life of an edition: draft → published → registration closed → archived (closing can be
 * undone while the edition is not archived), and "copy from last year": a new draft with the
 * categories, rooms and slot grid of an earlier edition, moved to the new date, without sessions,
 * speakers or registrations.
 */
@Service
@Transactional
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class CongressLifecycleService {

    private final CongressRepository congresses;
    private final TicketCategoryRepository categories;
    private final CongressRoomRepository rooms;
    private final CongressSlotRepository slots;
    private final ProgrammePlaces places;
    private final AuditService audit;

    CongressLifecycleService(
            CongressRepository congresses,
            TicketCategoryRepository categories,
            CongressRoomRepository rooms,
            CongressSlotRepository slots,
            ProgrammePlaces places,
            AuditService audit) {
        this.congresses = congresses;
        this.categories = categories;
        this.rooms = rooms;
        this.slots = slots;
        this.places = places;
        this.audit = audit;
    }

    /** Makes the edition visible to guests and members; it needs at least one ticket category. */
    public void publish(long congressId) {
        Congress congress = places.lock(congressId);
        if (congress.getStatus() == CongressStatus.PUBLISHED) {
            return;
        }
        if (congress.getStatus() != CongressStatus.DRAFT) {
            throw new DomainException("congress.status.notDraft");
        }
        if (categories.findByCongressIdOrderBySortOrderAscIdAsc(congressId).isEmpty()) {
            throw new DomainException("congress.publish.noCategory");
        }
        change(congress, CongressStatus.PUBLISHED);
    }

    /** Stops new registrations; the edition stays visible. */
    public void closeRegistration(long congressId) {
        Congress congress = places.lock(congressId);
        if (congress.getStatus() == CongressStatus.REGISTRATION_CLOSED) {
            return;
        }
        if (congress.getStatus() != CongressStatus.PUBLISHED) {
            throw new DomainException("congress.status.notPublished");
        }
        change(congress, CongressStatus.REGISTRATION_CLOSED);
    }

    /** Opens a closed registration again (within the registration window). */
    public void reopenRegistration(long congressId) {
        Congress congress = places.lock(congressId);
        if (congress.getStatus() == CongressStatus.PUBLISHED) {
            return;
        }
        if (congress.getStatus() != CongressStatus.REGISTRATION_CLOSED) {
            throw new DomainException("congress.status.notClosed");
        }
        change(congress, CongressStatus.PUBLISHED);
    }

    /** Takes a past edition off the public pages; an archived edition is read-only. */
    public void archive(long congressId) {
        Congress congress = places.lock(congressId);
        if (congress.getStatus() != CongressStatus.ARCHIVED) {
            change(congress, CongressStatus.ARCHIVED);
        }
    }

    /** The latest edition, to copy from; empty before the first one. */
    @Transactional(readOnly = true)
    public Optional<CongressItem> latest() {
        return congresses.findAllByOrderByFirstDayDesc().stream().findFirst().map(CongressItem::of);
    }

    /**
     * A new draft from an earlier edition: its fields, ticket categories and rooms, and its slot grid
     * at the same Hamburg times on the new dates; the registration window and the cancellation
     * deadline move by the same number of days. No sessions, speakers or registrations.
     *
     * @return the new draft's id
     */
    public long copy(long sourceId, LocalDate newFirstDay) {
        Congress source = congresses.findById(sourceId).orElseThrow(NotFoundException::new);
        if (!newFirstDay.isAfter(source.getFirstDay())) {
            throw InvalidInputException.of(CongressRules.FIRST_DAY, "congress.validation.copyDate");
        }
        long days = ChronoUnit.DAYS.between(source.getFirstDay(), newFirstDay);
        Congress copy = new Congress(source.getTitle(), newFirstDay, source.getDayCount(), source.getCapacity());
        copy.setSubtitle(source.getSubtitle());
        copy.setDescription(source.getDescription());
        copy.setVenueName(source.getVenueName());
        copy.setVenueAddress(source.getVenueAddress());
        copy.setRegistrationWindow(
                shifted(source.getRegistrationOpensAt(), days), shifted(source.getRegistrationClosesAt(), days));
        copy.setCancellationDeadline(shifted(source.getCancellationDeadline(), days));
        copy.setContact(source.getContactName(), source.getContactEmail());
        copy.setCopiedFromId(sourceId);
        long copyId = congresses.saveAndFlush(copy).id();
        for (TicketCategory category : categories.findByCongressIdOrderBySortOrderAscIdAsc(sourceId)) {
            TicketCategory copied = new TicketCategory(
                    copyId, category.getName(), category.getPriceGross(), category.getVatRate(), category.getQuota());
            copied.setDescription(category.getDescription());
            copied.setEligibility(category.getEligibility(), category.getAccessCode());
            copied.setApprovalRequired(category.isApprovalRequired());
            copied.setSortOrder(category.getSortOrder());
            categories.save(copied);
        }
        Map<Long, Long> roomIds = new HashMap<>();
        for (CongressRoom room : rooms.findByCongressIdOrderByNameAsc(sourceId)) {
            roomIds.put(
                    room.id(),
                    rooms.save(new CongressRoom(copyId, room.getName(), room.getCapacity()))
                            .id());
        }
        List<CongressSlot> grid = slots.findByCongressIdOrderByStartsAtAsc(sourceId);
        for (CongressSlot slot : grid) {
            slots.save(new CongressSlot(
                    copyId,
                    slot.getDayNumber(),
                    CongressTime.at(newFirstDay, slot.getDayNumber(), CongressTime.timeOf(slot.getStartsAt())),
                    CongressTime.at(newFirstDay, slot.getDayNumber(), CongressTime.timeOf(slot.getEndsAt()))));
        }
        audit.record(
                AuditAction.CONGRESS_COPIED,
                CongressEditionService.target(copyId),
                AuditNote.of("audit.note.copied", sourceId, roomIds.size(), grid.size()));
        return copyId;
    }

    private void change(Congress congress, CongressStatus status) {
        CongressStatus before = congress.getStatus();
        congress.setStatus(status);
        audit.record(
                AuditAction.CONGRESS_STATUS_CHANGED,
                CongressEditionService.target(congress.id()),
                AuditNote.of(
                        "audit.note.change",
                        AuditNote.key("congress.status." + before.name()),
                        AuditNote.key("congress.status." + status.name())));
    }

    /** The same Hamburg wall-clock time, {@code days} later (so a change of summer time keeps 9:00 at 9:00). */
    private static Instant shifted(Instant instant, long days) {
        return instant.atZone(CongressTime.ZONE).plusDays(days).toInstant();
    }
}
