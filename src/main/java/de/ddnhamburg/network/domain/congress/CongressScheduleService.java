package de.ddnhamburg.network.domain.congress;

import de.ddnhamburg.network.domain.audit.AuditAction;
import de.ddnhamburg.network.domain.audit.AuditNote;
import de.ddnhamburg.network.domain.audit.AuditService;
import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.common.InvalidInputException;
import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.security.Roles;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins keep the rooms (name, seats) and the slot grid (day, Hamburg times) of an edition. A room
 * cannot become smaller than a workshop's seats in it, nor than the seats taken of any session in
 * it; rooms and slots in use by sessions cannot be removed.
 */
@Service
@Transactional
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class CongressScheduleService {

    private final CongressRoomRepository rooms;
    private final CongressSlotRepository slots;
    private final CongressSessionRepository sessions;
    private final ProgrammePlaces places;
    private final AuditService audit;

    CongressScheduleService(
            CongressRoomRepository rooms,
            CongressSlotRepository slots,
            CongressSessionRepository sessions,
            ProgrammePlaces places,
            AuditService audit) {
        this.rooms = rooms;
        this.slots = slots;
        this.sessions = sessions;
        this.places = places;
        this.audit = audit;
    }

    // ---------------------------------------------------------------- rooms

    public long addRoom(long congressId, @Nullable String name, int capacity) {
        String valid = validRoom(name, capacity);
        Congress congress = places.lock(congressId);
        CongressCategoryService.requireEditable(congress);
        if (rooms.existsByCongressIdAndNameIgnoreCase(congressId, valid)) {
            throw InvalidInputException.of(CongressRules.NAME, "congress.validation.duplicate");
        }
        long id = rooms.saveAndFlush(new CongressRoom(congressId, valid, capacity))
                .id();
        changed(congressId, AuditNote.of("audit.note.room", valid));
        return id;
    }

    /** Renames or resizes a room, under the congress lock, never below what its sessions need. */
    public RoomItem updateRoom(long roomId, @Nullable String name, int capacity) {
        String valid = validRoom(name, capacity);
        long congressId = rooms.findCongressIdById(roomId).orElseThrow(NotFoundException::new);
        Congress congress = places.lock(congressId);
        CongressCategoryService.requireEditable(congress);
        CongressRoom room = rooms.findById(roomId).orElseThrow(NotFoundException::new);
        InvalidInputException.Problems problems = InvalidInputException.collect();
        if (!valid.equalsIgnoreCase(room.getName()) && rooms.existsByCongressIdAndNameIgnoreCase(congressId, valid)) {
            problems.add(CongressRules.NAME, "congress.validation.duplicate");
        }
        int needed = sessions.findByRoomId(roomId).stream()
                .filter(session -> !session.isCancelled())
                .mapToInt(session ->
                        Math.max(session.getTaken(), session.getCapacity() == null ? 0 : session.getCapacity()))
                .max()
                .orElse(0);
        if (capacity < needed) {
            problems.add(CongressRules.CAPACITY, "congress.validation.roomBelowSessions", needed);
        }
        problems.throwIfAny();
        room.setName(valid);
        room.setCapacity(capacity);
        changed(congressId, AuditNote.of("audit.note.room", valid));
        return RoomItem.of(room);
    }

    public void removeRoom(long roomId) {
        long congressId = rooms.findCongressIdById(roomId).orElseThrow(NotFoundException::new);
        CongressCategoryService.requireEditable(places.lock(congressId));
        if (sessions.existsByRoomId(roomId)) {
            throw new DomainException("congress.room.inUse");
        }
        CongressRoom room = rooms.findById(roomId).orElseThrow(NotFoundException::new);
        rooms.delete(room);
        changed(congressId, AuditNote.of("audit.note.roomRemoved", room.getName()));
    }

    // ---------------------------------------------------------------- slots

    public long addSlot(long congressId, SlotDraft draft) {
        Congress congress = places.lock(congressId);
        CongressCategoryService.requireEditable(congress);
        SlotDraft valid = CongressRules.valid(draft, congress.getDayCount());
        long id = slots.saveAndFlush(new CongressSlot(
                        congressId, valid.dayNumber(), startOf(congress, valid), endOf(congress, valid)))
                .id();
        changed(congressId, AuditNote.of("audit.note.slot", valid.dayNumber(), valid.starts()));
        return id;
    }

    public SlotItem updateSlot(long slotId, SlotDraft draft) {
        long congressId = slots.findCongressIdById(slotId).orElseThrow(NotFoundException::new);
        Congress congress = places.lock(congressId);
        CongressCategoryService.requireEditable(congress);
        SlotDraft valid = CongressRules.valid(draft, congress.getDayCount());
        CongressSlot slot = slots.findById(slotId).orElseThrow(NotFoundException::new);
        slot.reschedule(valid.dayNumber(), startOf(congress, valid), endOf(congress, valid));
        changed(congressId, AuditNote.of("audit.note.slot", valid.dayNumber(), valid.starts()));
        return SlotItem.of(slot);
    }

    public void removeSlot(long slotId) {
        long congressId = slots.findCongressIdById(slotId).orElseThrow(NotFoundException::new);
        CongressCategoryService.requireEditable(places.lock(congressId));
        if (sessions.existsBySlotId(slotId)) {
            throw new DomainException("congress.slot.inUse");
        }
        slots.deleteById(slotId);
        changed(congressId, AuditNote.of("audit.note.slotRemoved", slotId));
    }

    private void changed(long congressId, String details) {
        audit.record(AuditAction.CONGRESS_PROGRAMME_CHANGED, CongressEditionService.target(congressId), details);
    }

    private static Instant startOf(Congress congress, SlotDraft valid) {
        return CongressTime.at(congress.getFirstDay(), valid.dayNumber(), Objects.requireNonNull(valid.starts()));
    }

    private static Instant endOf(Congress congress, SlotDraft valid) {
        return CongressTime.at(congress.getFirstDay(), valid.dayNumber(), Objects.requireNonNull(valid.ends()));
    }

    private static String validRoom(@Nullable String name, int capacity) {
        InvalidInputException.Problems problems = InvalidInputException.collect();
        String valid = CongressRules.required(problems, CongressRules.NAME, name, CongressRules.ROOM_NAME_MAX);
        CongressRules.capacity(problems, CongressRules.CAPACITY, capacity);
        problems.throwIfAny();
        return valid;
    }
}
