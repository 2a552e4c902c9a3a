package de.ddnhamburg.network.ui;

/** The addresses users see in the browser, German and lower case, in one place. */
public final class RoutePaths {

    public static final String PUBLIC_HOME = "";
    public static final String LOGIN = "login";
    public static final String IMPRINT = "impressum";
    public static final String PRIVACY = "datenschutz";
    public static final String MEMBER_HOME = "start";
    public static final String ADMINISTRATION = "verwaltung";
    public static final String MEMBERS = "mitglieder";
    public static final String MEMBER_PROFILE = "mitglieder/:id(\\d+)";
    public static final String OWN_PROFILE = "profil";
    public static final String CONTACTS = "kontakte";
    // The group page is also named in domain.group.GroupLinks, for mails.
    public static final String GROUPS = "fachgruppen";
    public static final String GROUP = "fachgruppen/:id(\\d+)";
    public static final String EVENTS = "veranstaltungen";
    public static final String EVENT = "veranstaltungen/:id(\\d+)";
    public static final String EVENT_NEW = "veranstaltungen/neu";
    public static final String EVENT_EDIT = "veranstaltungen/:id(\\d+)/bearbeiten";
    public static final String EVENT_PARTICIPANTS = "veranstaltungen/:id(\\d+)/teilnehmende";
    // The guest link pages that mails lead to are also named in domain.event.GuestMails (GuestRegistrationServiceTest).
    public static final String GUEST_CONFIRM = "veranstaltungen/gast/bestaetigen";
    public static final String GUEST_CANCEL = "veranstaltungen/gast/abmelden";
    public static final String OUTBOX = "verwaltung/postausgang";
    public static final String MEMBER_ADMINISTRATION = "verwaltung/mitglieder";
    // The account pages that mails link to are also named in domain.member.AccountMails (AccountLinksTest).
    public static final String JOIN = "mitglied-werden";
    public static final String CONFIRM_REGISTRATION = "konto/bestaetigen";
    public static final String FORGOT_PASSWORD = "passwort-vergessen";
    public static final String RESET_PASSWORD = "passwort-zuruecksetzen";
    public static final String ACCOUNT = "konto";
    public static final String CONFIRM_EMAIL_CHANGE = "konto/email-bestaetigen";

    private RoutePaths() {}
}
