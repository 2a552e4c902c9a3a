package de.ddnhamburg.network.ui;

import de.ddnhamburg.network.domain.common.PublicLinks;

/**
 * The addresses users see in the browser, German and lower case, in one place. Pages that mails and
 * calendar files link to take their path from {@link PublicLinks}, the one definition the domain
 * builds those links from.
 */
public final class RoutePaths {

    private static final String ID = "/:id(\\d+)";

    public static final String PUBLIC_HOME = "";
    public static final String LOGIN = PublicLinks.LOGIN;
    public static final String IMPRINT = "impressum";
    public static final String PRIVACY = "datenschutz";
    public static final String MEMBER_HOME = "start";
    public static final String ADMINISTRATION = "verwaltung";
    public static final String MEMBERS = PublicLinks.MEMBERS;
    public static final String MEMBER_PROFILE = MEMBERS + ID;
    public static final String OWN_PROFILE = "profil";
    public static final String CONTACTS = PublicLinks.CONTACTS;
    public static final String GROUPS = PublicLinks.GROUPS;
    public static final String GROUP = GROUPS + ID;
    public static final String EVENTS = PublicLinks.EVENTS;
    public static final String EVENT = EVENTS + ID;
    public static final String EVENT_NEW = EVENTS + "/neu";
    public static final String EVENT_EDIT = EVENT + "/bearbeiten";
    public static final String EVENT_PARTICIPANTS = EVENT + "/teilnehmende";
    public static final String GUEST_CONFIRM = PublicLinks.GUEST_CONFIRM;
    public static final String GUEST_CANCEL = PublicLinks.GUEST_CANCEL;
    public static final String OUTBOX = "verwaltung/postausgang";
    public static final String DATA_REQUESTS = "verwaltung/datenanfragen";
    public static final String MEMBER_ADMINISTRATION = PublicLinks.MEMBER_ADMINISTRATION;
    public static final String JOIN = "mitglied-werden";
    public static final String CONFIRM_REGISTRATION = PublicLinks.CONFIRM_REGISTRATION;
    public static final String FORGOT_PASSWORD = PublicLinks.FORGOT_PASSWORD;
    public static final String RESET_PASSWORD = PublicLinks.RESET_PASSWORD;
    public static final String ACCOUNT = PublicLinks.ACCOUNT;
    public static final String CONFIRM_EMAIL_CHANGE = PublicLinks.CONFIRM_EMAIL_CHANGE;

    public static final String CONGRESS = PublicLinks.CONGRESS + ID;
    public static final String CONGRESS_SESSION = CONGRESS + "/sitzung/:session(\\d+)";
    public static final String CONGRESS_REGISTER = CONGRESS + "/anmelden";
    public static final String CONGRESS_MY_REGISTRATION = PublicLinks.CONGRESS_MY_REGISTRATION;
    public static final String CONGRESS_GUEST_REGISTRATION = PublicLinks.CONGRESS_GUEST_REGISTRATION;
    public static final String CONGRESS_GUEST_CONFIRM = PublicLinks.CONGRESS_GUEST_CONFIRM;
    public static final String CONGRESS_ADMINISTRATION = "verwaltung/kongress";
    public static final String CONGRESS_EDIT = CONGRESS_ADMINISTRATION + ID;
    public static final String CONGRESS_APPROVALS = CONGRESS_ADMINISTRATION + "/freigaben";
    public static final String CONGRESS_INVOICES = CONGRESS_EDIT + "/rechnungen";
    public static final String CONGRESS_PRINT = CONGRESS_EDIT + "/druck-und-export";
    public static final String CONGRESS_DASHBOARD = CONGRESS_EDIT + "/uebersicht";
    public static final String CONGRESS_REGISTRATIONS = CONGRESS_EDIT + "/anmeldungen";
    public static final String ANNOUNCEMENTS = "verwaltung/rundschreiben";

    /** The congress door: choose the congress, then its desk (admins and the door team). */
    public static final String CHECK_IN = "einlass";

    public static final String CHECK_IN_DESK = CHECK_IN + ID;

    private RoutePaths() {}
}
