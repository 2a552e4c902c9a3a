package de.ddnhamburg.network.domain.event;

import de.ddnhamburg.network.domain.audit.AuditAction;
import de.ddnhamburg.network.domain.audit.AuditNote;
import de.ddnhamburg.network.domain.audit.AuditService;
import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.domain.common.export.TableExport;
import de.ddnhamburg.network.domain.mail.MailOutbox;
import de.ddnhamburg.network.domain.mail.MailRequest;
import de.ddnhamburg.network.domain.mail.MailTemplate;
import de.ddnhamburg.network.domain.member.MemberIdentity;
import de.ddnhamburg.network.domain.member.MemberLookup;
import de.ddnhamburg.network.security.Roles;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisers' tools for one event: its participant list, attendance, a message to everyone,
 * moving someone from the waiting list to a free seat, and exports. Organisers are admins and the
 * moderators of the organising group ({@link EventViewer#mayOrganise}); everyone else is refused,
 * and an event they may not even see does not exist for them. Everything here is audited, reading
 * the list and exporting it too, since it is personal data. Cancelling someone's registration is
 * {@link EventRegistrationService#cancel}, which organisers may use for their events.
 */
@Service
@Transactional
@PreAuthorize("hasRole('" + Roles.MEMBER + "')")
public class EventOrganiserService {

    private final EventRepository events;
    private final EventRegistrationRepository registrations;
    private final SeatAllocation seats;
    private final EventViewers viewers;
    private final MemberLookup members;
    private final ParticipantRows rows;
    private final ParticipantExport export;
    private final MailOutbox outbox;
    private final AuditService audit;
    private final Clock clock;
    private final PromotionMails promotions;
    private final GuestMails guestMails;

    EventOrganiserService(
            EventRepository events,
            EventRegistrationRepository registrations,
            SeatAllocation seats,
            EventViewers viewers,
            MemberLookup members,
            ParticipantRows rows,
            ParticipantExport export,
            MailOutbox outbox,
            AuditService audit,
            Clock clock,
            PromotionMails promotions,
            GuestMails guestMails) {
        this.promotions = promotions;
        this.guestMails = guestMails;
        this.events = events;
        this.registrations = registrations;
        this.seats = seats;
        this.viewers = viewers;
        this.members = members;
        this.rows = rows;
        this.export = export;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /** Confirmed participants and the waiting lists, for organisers of the event. */
    public ParticipantList participants(long eventId) {
        Event event = organised(events.findById(eventId).orElseThrow(NotFoundException::new));
        audit.record(AuditAction.EVENT_PARTICIPANTS_VIEWED, EventService.target(eventId), null);
        return rows.list(event);
    }

    /** The list as CSV (for German Excel), audited as an export of personal data. */
    public byte[] exportCsv(long eventId, Locale locale) {
        Event event = organised(events.findById(eventId).orElseThrow(NotFoundException::new));
        audit.record(AuditAction.EVENT_PARTICIPANTS_EXPORTED, EventService.target(eventId), "csv");
        return TableExport.csv(export.table(rows.list(event), locale));
    }

    /** The list as XLSX, audited as an export of personal data. */
    public byte[] exportXlsx(long eventId, Locale locale) {
        Event event = organised(events.findById(eventId).orElseThrow(NotFoundException::new));
        audit.record(AuditAction.EVENT_PARTICIPANTS_EXPORTED, EventService.target(eventId), "xlsx");
        return TableExport.xlsx(export.table(rows.list(event), locale));
    }

    /** Marks a confirmed participant present (now) or not present; marking twice keeps the first time. */
    public ParticipantRow markAttendance(long registrationId, boolean present) {
        EventRegistration registration = registrations.findById(registrationId).orElseThrow(NotFoundException::new);
        Event event = organised(events.findById(registration.getEventId()).orElseThrow(NotFoundException::new));
        if (registration.getStatus() != RegistrationStatus.CONFIRMED) {
            throw new DomainException("event.organiser.notConfirmed");
        }
        if (present != (registration.getAttendedAt() != null)) {
            registration.attended(present ? clock.instant() : null);
            audit.record(
                    AuditAction.EVENT_ATTENDANCE_MARKED,
                    EventService.target(event.id()),
                    AuditNote.of(present ? "audit.note.present" : "audit.note.absent", registrationId));
        }
        return rows.of(registrations.saveAndFlush(registration));
    }

    /**
     * Moves a waiting registration to a seat of its kind, out of turn, under the event's lock like
     * every seat change. Moving by hand never exceeds the capacity: it takes a free seat, or, when
     * all are taken and the organiser said so ({@code addSeatIfFull}), raises the capacity of that
     * kind by one for this person (a raised capacity otherwise goes to the first waiting, see
     * {@link SeatAllocation#fillFreeSeats}). The participant is mailed as when promoted.
     */
    public ParticipantRow moveToSeat(long registrationId, boolean addSeatIfFull) {
        long eventId = registrations.findEventIdById(registrationId).orElseThrow(NotFoundException::new);
        Event event = organised(seats.lock(eventId));
        // Read after the lock, so that status and position are current.
        EventRegistration registration = registrations.findById(registrationId).orElseThrow(NotFoundException::new);
        Integer capacityBefore = event.capacity(registration.getSeatKind());
        EventRegistration seated = seats.assign(event, registration, addSeatIfFull);
        Integer capacityAfter = event.capacity(seated.getSeatKind());
        audit.record(
                AuditAction.EVENT_REGISTRATION_MOVED,
                EventService.target(eventId),
                java.util.Objects.equals(capacityBefore, capacityAfter)
                        ? AuditNote.of("audit.note.moved", registrationId)
                        : AuditNote.of("audit.note.movedWithSeat", registrationId, capacityBefore, capacityAfter));
        // The mail of a promotion, to a member or a (confirmed) guest.
        promotions.mail(event, List.of(seated));
        return rows.of(seated);
    }

    /**
     * Mails subject and text to every confirmed participant, and to those waiting if asked. One
     * mail per recipient and message id, so a double submit mails nobody twice.
     *
     * @return how many were mailed
     */
    public int message(long eventId, OrganiserMessage message) {
        String subject = required(
                message.subject(),
                OrganiserMessage.SUBJECT_MAX,
                "event.message.subjectRequired",
                "event.message.subjectTooLong");
        String text = required(
                message.text(), OrganiserMessage.TEXT_MAX, "event.message.textRequired", "event.message.textTooLong");
        Event event = organised(events.findById(eventId).orElseThrow(NotFoundException::new));
        List<RegistrationStatus> statuses = message.includeWaiting()
                ? List.of(RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED)
                : List.of(RegistrationStatus.CONFIRMED);
        List<EventRegistration> recipients = registrations.findByEventIdAndStatusIn(eventId, statuses);
        List<Long> memberIds = recipients.stream()
                .map(EventRegistration::getMemberId)
                .filter(Objects::nonNull)
                .toList();
        String sender = viewers.current().memberId() == null
                ? ""
                : members.find(Objects.requireNonNull(viewers.current().memberId()))
                        .map(MemberIdentity::displayName)
                        .orElse("");
        int mailed = 0;
        for (MemberIdentity member : members.findAll(memberIds).values()) {
            boolean queued = outbox.enqueue(MailRequest.of(
                    "event.message:" + eventId + ":" + message.id() + ":" + member.id(),
                    member.email(),
                    member.language(),
                    MailTemplate.EVENT_ORGANISER_MESSAGE,
                    member.displayName(),
                    event.getTitle(),
                    subject,
                    text,
                    sender));
            mailed += queued ? 1 : 0;
        }
        for (EventRegistration guest : recipients) {
            mailed += guest.isGuest() && guestMails.organiserMessage(event, guest, message.id(), subject, text, sender)
                    ? 1
                    : 0;
        }
        audit.record(
                AuditAction.EVENT_PARTICIPANTS_MESSAGED,
                EventService.target(eventId),
                AuditNote.of("audit.note.messaged", message.id(), mailed, subject));
        return mailed;
    }

    private Event organised(Event event) {
        EventViewer viewer = viewers.current();
        if (!viewer.maySee(event)) {
            throw new NotFoundException();
        }
        if (!viewer.mayOrganise(event)) {
            throw new AccessDeniedException("Only organisers of the event");
        }
        return event;
    }

    private static String required(@Nullable String value, int max, String missingKey, String tooLongKey) {
        String clean = value == null ? "" : value.strip();
        if (clean.isEmpty()) {
            throw new DomainException(missingKey);
        }
        if (clean.length() > max) {
            throw new DomainException(tooLongKey, max);
        }
        return clean;
    }
}
