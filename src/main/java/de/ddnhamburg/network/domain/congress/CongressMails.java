package de.ddnhamburg.network.domain.congress;

import de.ddnhamburg.network.domain.common.PublicLinks;
import de.ddnhamburg.network.domain.mail.MailAttachment;
import de.ddnhamburg.network.domain.mail.MailOutbox;
import de.ddnhamburg.network.domain.mail.MailRequest;
import de.ddnhamburg.network.domain.mail.MailTemplate;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The mails about congress registrations, queued in the caller's transaction through the outbox.
 * Whoever holds a place gets the summary (category, price, sessions per slot, waiting positions),
 * the {@code .ics} of their sessions and the QR code of their ticket; every mail links to "Meine
 * Anmeldung" (members: the page on their account; guests: a fresh manage link).
 *
 * <p>Before each mail about a registration's state, its invoices are settled
 * ({@link RegistrationInvoicing}): an invoice or credit note issued by the change travels with the
 * mail as PDF.
 */
@Component
class CongressMails {

    private final MailOutbox outbox;
    private final CongressGuestLinks guestLinks;
    private final CongressTicketFiles files;
    private final CongressSummaries summaries;
    private final PublicLinks links;
    private final Clock clock;
    private final RegistrationInvoicing invoicing;
    private final TicketCategoryRepository categories;

    CongressMails(
            MailOutbox outbox,
            CongressGuestLinks guestLinks,
            CongressTicketFiles files,
            CongressSummaries summaries,
            PublicLinks links,
            Clock clock,
            RegistrationInvoicing invoicing,
            TicketCategoryRepository categories) {
        this.outbox = outbox;
        this.guestLinks = guestLinks;
        this.files = files;
        this.summaries = summaries;
        this.links = links;
        this.clock = clock;
        this.invoicing = invoicing;
        this.categories = categories;
    }

    /**
     * What the registration is now, after registering, confirming, approving, a change or a
     * promotion: with a place the summary, .ics and QR; awaiting approval or waiting for the
     * category the summary only.
     *
     * @param reason the fact being mailed: {@code registered}, {@code changed}, {@code promoted}, {@code approved}
     */
    void state(Congress congress, CongressRegistration registration, String reason) {
        state(
                congress,
                registration,
                reason,
                "congress." + reason + ":" + registration.id() + ":" + registration.getVersion());
    }

    /**
     * An admin changed the registration (category, workshops, moved up): what it is now, as
     * {@link #state}, in words that say the congress team made the change. Every change is mailed,
     * also two in one minute, since each is a decision of its own.
     */
    void changedByTeam(Congress congress, CongressRegistration registration) {
        state(
                congress,
                registration,
                "team",
                "congress.team:" + registration.id() + ":" + registration.getVersion() + ":" + clock.millis());
    }

    /**
     * The confirmation again, as an admin asked: a guest who has not confirmed gets a new
     * confirmation link (older ones stop working), everyone else the mail of the registration's
     * state with ticket, .ics and QR code where it holds a place. A second click in the same minute
     * mails nothing more.
     *
     * @return whether a mail was queued
     */
    boolean resend(Congress congress, CongressRegistration registration) {
        if (registration.getStatus() == CongressRegistrationStatus.UNCONFIRMED) {
            guestLinks.confirmationLink(congress, registration);
            return true;
        }
        long minute = clock.millis() / 60_000;
        return state(
                congress,
                registration,
                "resent",
                "congress.resent:" + registration.id() + ":" + registration.getVersion() + ":" + minute);
    }

    private boolean state(Congress congress, CongressRegistration registration, String reason, String fact) {
        List<MailAttachment> documents = settleInvoices(congress, registration);
        List<CongressSessionChoice> choices = summaries.choices(registration);
        MailRequest mail =
                stateMail(congress, registration, reason, fact, () -> summaries.text(congress, registration, choices));
        if (mail == null) {
            return false;
        }
        if (registration.getStatus() == CongressRegistrationStatus.CONFIRMED) {
            mail = mail.withAttachment(files.calendar(congress, registration, choices))
                    .withAttachment(CongressTicketFiles.qrCode(registration));
        }
        return outbox.enqueue(withDocuments(mail, documents));
    }

    /**
     * The mail of a registration just placed, like {@link #state} with {@code registered}, but
     * without a query: the summary and {@code .ics} from the programme read before the lock and the
     * choices as placed; the QR code is drawn when the mail is sent. Queued without the look-up
     * for an earlier mail, since its fact names the row version this transaction has just written.
     */
    void registered(
            Congress congress,
            CongressRegistration registration,
            TicketCategory category,
            CongressProgramme programme,
            List<CongressSessionChoice> choices) {
        // A registration just placed has no invoice in force (a cancelled row's went with its
        // cancellation), so only a paid category needs settling: no statement for a free one.
        List<MailAttachment> documents = category.isFree()
                ? List.of()
                : invoicing.settle(BillableRegistration.of(congress, registration, category));
        MailRequest mail = stateMail(
                congress,
                registration,
                "registered",
                "congress.registered:" + registration.id() + ":" + registration.getVersion(),
                () -> summaries.text(registration, category, programme.sessions(), programme.slots(), choices));
        if (mail == null) {
            return;
        }
        if (registration.getStatus() == CongressRegistrationStatus.CONFIRMED) {
            mail = mail.withAttachment(files.calendar(congress, registration, programme, choices))
                    .withAttachment(CongressTicketFiles.qrCode(registration));
        }
        outbox.enqueueNew(withDocuments(mail, documents));
    }

    private @Nullable MailRequest stateMail(
            Congress congress,
            CongressRegistration registration,
            String reason,
            String fact,
            Supplier<String> summary) {
        MailTemplate template = switch (registration.getStatus()) {
            case CONFIRMED ->
                switch (reason) {
                    case "changed" -> MailTemplate.CONGRESS_CHANGED;
                    case "team" -> MailTemplate.CONGRESS_CHANGED_BY_TEAM;
                    case "promoted" -> MailTemplate.CONGRESS_PROMOTED;
                    default -> MailTemplate.CONGRESS_CONFIRMED;
                };
            case AWAITING_APPROVAL -> MailTemplate.CONGRESS_AWAITING_APPROVAL;
            case WAITLISTED -> MailTemplate.CONGRESS_WAITLISTED;
            case UNCONFIRMED, CANCELLED -> null;
        };
        if (template == null) {
            return null;
        }
        String manage = guestLinks.manageLink(congress, registration);
        return request(fact, registration, template, congress.getTitle(), summary.get(), manage);
    }

    void cancelled(Congress congress, CongressRegistration registration) {
        List<MailAttachment> documents = settleInvoices(congress, registration);
        outbox.enqueue(withDocuments(
                request(
                        "congress.cancelled:" + registration.id(),
                        registration,
                        MailTemplate.CONGRESS_CANCELLED,
                        congress.getTitle(),
                        links.page(PublicLinks.CONGRESS + "/" + congress.id())),
                documents));
    }

    /** Settles the registration's invoices as it stands now; the documents issued, for the mail. */
    List<MailAttachment> settleInvoices(Congress congress, CongressRegistration registration) {
        TicketCategory category =
                categories.findById(registration.getCategoryId()).orElseThrow();
        return invoicing.settle(BillableRegistration.of(congress, registration, category));
    }

    private static MailRequest withDocuments(MailRequest mail, List<MailAttachment> documents) {
        MailRequest with = mail;
        for (MailAttachment document : documents) {
            with = with.withAttachment(document);
        }
        return with;
    }

    /** An admin cancelled the registration, for the reason given; questions go to the congress's contact. */
    void cancelledByTeam(Congress congress, CongressRegistration registration, String reason) {
        // The credit note of a paid registration travels with the cancellation, as when the
        // participant cancels.
        List<MailAttachment> documents = settleInvoices(congress, registration);
        outbox.enqueue(withDocuments(
                request(
                        "congress.cancelledByTeam:" + registration.id() + ":" + registration.getVersion(),
                        registration,
                        MailTemplate.CONGRESS_CANCELLED_BY_TEAM,
                        congress.getTitle(),
                        reason,
                        congress.getContactEmail()),
                documents));
    }

    void rejected(Congress congress, CongressRegistration registration) {
        outbox.enqueue(request(
                "congress.rejected:" + registration.id(),
                registration,
                MailTemplate.CONGRESS_REJECTED,
                congress.getTitle(),
                congress.getContactEmail()));
    }

    /**
     * Someone registered again with the address of an existing registration: the page said nothing
     * different, so this mail is the only answer, with the way to the registration there is.
     */
    void alreadyRegistered(Congress congress, CongressRegistration registration) {
        outbox.enqueue(request(
                "congress.already:" + registration.id() + ":" + clock.millis(),
                registration,
                MailTemplate.CONGRESS_ALREADY_REGISTERED,
                congress.getTitle(),
                guestLinks.manageLink(congress, registration)));
    }

    /** A guest registration was tried with the address of a member: they register signed in. */
    void memberAddress(Congress congress, String email, String name, Locale language, String factSuffix) {
        outbox.enqueue(MailRequest.of(
                "congress.member-address:" + congress.id() + ":" + factSuffix,
                email,
                language,
                MailTemplate.CONGRESS_MEMBER_ADDRESS,
                name,
                congress.getTitle(),
                links.page(PublicLinks.LOGIN),
                links.page(PublicLinks.CONGRESS + "/" + congress.id() + "/anmelden")));
    }

    static MailRequest request(
            String fact, CongressRegistration registration, MailTemplate template, Object... params) {
        Object[] withName = new Object[params.length + 1];
        withName[0] = (registration.getFirstName() + " " + registration.getLastName()).strip();
        System.arraycopy(params, 0, withName, 1, params.length);
        return MailRequest.of(
                fact, registration.getEmail(), Locale.forLanguageTag(registration.getLanguage()), template, withName);
    }
}
