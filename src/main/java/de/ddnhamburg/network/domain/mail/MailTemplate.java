package de.ddnhamburg.network.domain.mail;

/**
 * The mails the platform can send. Each has {@code mail.<key>.subject} and {@code mail.<key>.body}
 * in both translation bundles ({@code MailTemplatesTest} checks that), so a feature cannot queue a
 * mail whose text does not exist. The body's placeholders are listed here, because the properties
 * files cannot say what {0} means.
 */
public enum MailTemplate {

    /** {0} the recipient's name as they are addressed, such as "Mira Member". */
    WELCOME("welcome"),

    /** {0} the recipient's name, {1} when the password was changed (an {@link java.time.Instant}). */
    PASSWORD_CHANGED("passwordChanged"),

    /** {0} the name given when joining, {1} the confirmation link, {2} until when it works. */
    CONFIRM_REGISTRATION("confirmRegistration"),

    /**
     * To the owner of an address someone else tried to use (joining, or changing an address to it):
     * {0} the owner's name, {1} the login page, {2} the page to request a new password.
     */
    ADDRESS_IN_USE("addressInUse"),

    /** {0} the recipient's name, {1} the reset link, {2} until when it works. */
    PASSWORD_RESET("passwordReset"),

    /** To the new address: {0} the member's name, {1} the new address, {2} the link, {3} until when it works. */
    CONFIRM_EMAIL_CHANGE("confirmEmailChange"),

    /** To the old address: {0} the member's name, {1} the new address, {2} when it changed. */
    EMAIL_CHANGED("emailChanged"),
    /**
     * To the recipient of a contact request: {0} the recipient's name, {1} the sender's name, {2} the
     * sender's first message as plain text, {3} the link to the contacts page. Nothing else about the
     * sender: their details are theirs to share once the two are contacts.
     */
    CONTACT_REQUEST("contactRequest"),

    /** To the sender of an accepted request: {0} their name, {1} the new contact's name, {2} the link to that profile. */
    CONTACT_ACCEPTED("contactAccepted"),

    /** To the address of an account that was just deleted: {0} the member's name, {1} when it was deleted. */
    ACCOUNT_DELETED("accountDeleted"),
    /**
     * To confirmed participants when an organiser changed the time, place, link or format of an
     * event: {0} the member's name, {1} the event's title, {2} its (new) start, {3} its (new) end.
     */
    EVENT_CHANGED("eventChanged"),

    /** An admin approved the application: {0} the member's name, {1} the login page. */
    MEMBER_APPROVED("memberApproved"),

    /** An admin rejected the application: {0} the applicant's name. */
    MEMBER_REJECTED("memberRejected"),

    /** An admin suspended the membership: {0} the member's name, {1} when. */
    MEMBER_SUSPENDED("memberSuspended"),

    /** To each moderator of a group: {0} the moderator's name, {1} who asks to join, {2} the group, {3} the link to the group page. */
    GROUP_JOIN_REQUEST("groupJoinRequest"),

    /**
     * A new post in a group where the recipient chose every post: {0} the recipient's name, {1} the
     * author's name, {2} the group, {3} the post's title (or its beginning), {4} its text, perhaps
     * shortened, {5} the link to the group page.
     */
    GROUP_NEW_POST("groupNewPost"),

    /**
     * A reply to the recipient's post: {0} the recipient's name, {1} who replied, {2} the group,
     * {3} the title (or beginning) of the recipient's post, {4} the reply's text, perhaps shortened,
     * {5} the link to the group page.
     */
    GROUP_POST_REPLY("groupPostReply"),

    /**
     * The weekly digest: {0} the recipient's name, {1} the new posts by group (language-neutral
     * lines of group name, link, titles and authors), {2} the link to the list of groups.
     */
    GROUP_DIGEST("groupDigest"),

    /**
     * At most weekly, to a member who asked for it: {0} the recipient's name, {1} the new matching
     * "Ich suche / Ich biete" entries (language-neutral lines: what, who, link, text), {2} the link to
     * the own profile, where the mail is switched off.
     */
    SEEKING_MATCHES("seekingMatches"),

    /** A cancellation gave a waiting member a seat: {0} the member's name, {1} the event's title, {2} its start. */
    EVENT_SEAT_PROMOTED("eventSeatPromoted"),

    /** To everyone registered for a cancelled event: {0} the member's name, {1} the event's title, {2} its start. */
    EVENT_CANCELLED("eventCancelled"),

    /**
     * A member took a seat, with the event's .ics attached: {0} the member's name, {1} the event's
     * title, {2} its start, {3} the link to the event page.
     */
    EVENT_REGISTERED("eventRegistered"),

    /**
     * A member joined the waiting list, with the event's .ics attached: {0} the member's name, {1} the
     * event's title, {2} its start, {3} the position on the list, {4} the link to the event page.
     */
    EVENT_WAITLISTED("eventWaitlisted"),

    /**
     * The day before, to a confirmed seat on site: {0} the member's name, {1} the event's title, {2}
     * its start, {3} the venue, {4} the link to the event page.
     */
    EVENT_REMINDER("eventReminder"),

    /**
     * The day before, to a confirmed online seat: {0} the member's name, {1} the event's title, {2} its
     * start, {3} the online link, {4} the link to the event page.
     */
    EVENT_REMINDER_ONLINE("eventReminderOnline"),

    /**
     * The day after an event, to a member who was there: {0} their name, {1} the event's title, {2}
     * the people they may want to follow up with (language-neutral lines of name and organisation),
     * {3} the link to "Wen habe ich getroffen?".
     */
    EVENT_FOLLOW_UP("eventFollowUp"),

    /**
     * An organiser writes to the participants: {0} the recipient's name, {1} the event's title, {2} the
     * subject, {3} the text, {4} the organiser's name. Subject and text are plain text as typed.
     */
    EVENT_ORGANISER_MESSAGE("eventOrganiserMessage"),

    /**
     * To a guest who registered for an event: {0} the guest's name, {1} the event's title, {2} its
     * start, {3} the confirmation link, {4} until when it works (the hold ends then).
     */
    EVENT_GUEST_CONFIRM("eventGuestConfirm"),

    /** A guest confirmed and holds a seat: {0} name, {1} title, {2} start, {3} the cancel link. */
    EVENT_GUEST_SEAT("eventGuestSeat"),

    /** A guest confirmed and waits: {0} name, {1} title, {2} start, {3} the position, {4} the cancel link. */
    EVENT_GUEST_WAITING("eventGuestWaiting"),

    /** A cancellation gave a waiting (confirmed) guest a seat: {0} name, {1} title, {2} start, {3} the cancel link. */
    EVENT_GUEST_PROMOTED("eventGuestPromoted"),

    /**
     * Someone registered again with the address of a confirmed guest: {0} name, {1} title, {2} start,
     * {3} a cancel link. The form said nothing different, so this mail is the only answer.
     */
    EVENT_GUEST_ALREADY_REGISTERED("eventGuestAlreadyRegistered"),
    /** A congress session someone chose was cancelled: name, session, congress, page of the congress. */
    CONGRESS_SESSION_CANCELLED("congressSessionCancelled"),

    /**
     * To a guest who registered for the congress: {0} the guest's name, {1} the congress's title,
     * {2} the confirmation link, {3} until when it works (the hold ends then). Anybody can type any
     * address, so the mail greets with a fixed text and names the typed name only after the link.
     */
    CONGRESS_GUEST_CONFIRM("congressGuestConfirm"),

    /**
     * The registration holds a place (with the .ics and the QR code attached): {0} name, {1} the
     * congress's title, {2} the summary lines (category, price, ticket code, sessions, waiting
     * positions), {3} the link to "Meine Anmeldung".
     */
    CONGRESS_CONFIRMED("congressConfirmed"),

    /** Like {@link #CONGRESS_CONFIRMED}, after a change the person made: {0} name, {1} title, {2} summary, {3} link. */
    CONGRESS_CHANGED("congressChanged"),

    /** A freed place or seat went to the person (with .ics and QR): {0} name, {1} title, {2} summary, {3} link. */
    CONGRESS_PROMOTED("congressPromoted"),

    /** The category needs an admin's approval first: {0} name, {1} title, {2} summary, {3} link. */
    CONGRESS_AWAITING_APPROVAL("congressAwaitingApproval"),

    /** The category (or the congress) is full, the person waits: {0} name, {1} title, {2} summary with the position, {3} link. */
    CONGRESS_WAITLISTED("congressWaitlisted"),

    /** The registration was cancelled: {0} name, {1} title, {2} the congress page. */
    CONGRESS_CANCELLED("congressCancelled"),

    /**
     * The congress team changed the registration (category, workshops, moved up), with the .ics
     * and the QR code: {0} name, {1} title, {2} summary, {3} link to "Meine Anmeldung".
     */
    CONGRESS_CHANGED_BY_TEAM("congressChangedByTeam"),

    /** The congress team cancelled the registration: {0} name, {1} title, {2} the reason, {3} the contact address. */
    CONGRESS_CANCELLED_BY_TEAM("congressCancelledByTeam"),

    /** An admin did not approve the category: {0} name, {1} title, {2} the contact address for questions. */
    CONGRESS_REJECTED("congressRejected"),

    /** Someone registered again with this address: {0} name, {1} title, {2} the link to "Meine Anmeldung". */
    CONGRESS_ALREADY_REGISTERED("congressAlreadyRegistered"),

    /**
     * A guest registration was tried with a member's address: {0} the member's name, {1} title, {2}
     * the login page, {3} the registration page (to register signed in).
     */
    CONGRESS_MEMBER_ADDRESS("congressMemberAddress"),

    /**
     * To every admin, once a day while something waits: {0} the admin's name, {1} applications for
     * membership, {2} requests to join groups, {3} the member administration, {4} the list of groups.
     */
    APPROVALS_WAITING("approvalsWaiting"),

    /**
     * An admin's announcement (Rundschreiben) to a segment of members: {0} the recipient's name,
     * {1} the subject, {2} the text, both as the admin typed them (plain text), {3} the account page
     * where announcements are switched off.
     */
    ANNOUNCEMENT("announcement"),

    /** The admin's test mail of an announcement, to themselves: the same placeholders as {@link #ANNOUNCEMENT}. */
    ANNOUNCEMENT_TEST("announcementTest"),

    /**
     * The organisers narrowed an event's audience (or stopped admitting guests) and the recipient's
     * registration no longer fits, so it was released: {0} the name, {1} the event's title, {2} its start.
     */
    EVENT_REGISTRATION_RELEASED("eventRegistrationReleased"),

    /**
     * An admin recorded the payment of a congress invoice: {0} name, {1} congress title, {2} invoice
     * number, {3} amount, {4} date of payment (both formatted in the recipient's language).
     */
    CONGRESS_PAYMENT_RECEIVED("congressPaymentReceived");

    private final String key;

    MailTemplate(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** Finds the template a stored mail was rendered from; the database holds the key. */
    static MailTemplate ofKey(String key) {
        for (MailTemplate template : values()) {
            if (template.key.equals(key)) {
                return template;
            }
        }
        throw new IllegalArgumentException("Unknown mail template " + key);
    }
}
