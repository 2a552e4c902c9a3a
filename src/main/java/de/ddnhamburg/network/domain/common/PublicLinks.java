package de.ddnhamburg.network.domain.common;

import java.net.URI;
import org.springframework.stereotype.Component;

/**
 * Absolute addresses of the platform's pages and calendar files, for mails, calendar entries and
 * feeds. The base is {@code app.public-url} ({@link PlatformProperties}, checked at start), never
 * the request's host, which a client can forge. The paths below are the one definition of the
 * pages they name: {@code ui.RoutePaths}, {@code web.CalendarController} and {@code SecurityConfig}
 * use these constants, since the domain may not use the UI's.
 */
@Component
public class PublicLinks {

    public static final String LOGIN = "login";
    public static final String FORGOT_PASSWORD = "passwort-vergessen";
    public static final String RESET_PASSWORD = "passwort-zuruecksetzen";
    public static final String CONFIRM_REGISTRATION = "konto/bestaetigen";
    public static final String CONFIRM_EMAIL_CHANGE = "konto/email-bestaetigen";
    /** The directory; a profile is {@code mitglieder/<id>}. */
    public static final String MEMBERS = "mitglieder";

    public static final String CONTACTS = "kontakte";
    /** The member's account page, where announcements are switched off too. */
    public static final String ACCOUNT = "konto";
    /** Where admins approve applications for membership. */
    public static final String MEMBER_ADMINISTRATION = "verwaltung/mitglieder";

    /** The list of groups; a group is {@code fachgruppen/<id>}. */
    public static final String GROUPS = "fachgruppen";
    /** The calendar; an event is {@code veranstaltungen/<id>}. */
    public static final String EVENTS = "veranstaltungen";

    public static final String GUEST_CONFIRM = "veranstaltungen/gast/bestaetigen";
    public static final String GUEST_CANCEL = "veranstaltungen/gast/abmelden";
    /** An event's calendar file is {@code kalender/veranstaltung/<id>.ics}. */
    public static final String CALENDAR_EVENT_FILE = "kalender/veranstaltung/";

    public static final String CALENDAR_PUBLIC_FEED = "kalender/oeffentlich.ics";
    /** A personal feed is {@code kalender/abo/<secret>.ics}. */
    public static final String CALENDAR_PERSONAL_FEED = "kalender/abo/";

    /** A group's public feed is {@code kalender/fachgruppe/<id>.ics}. */
    public static final String CALENDAR_GROUP_FEED = "kalender/fachgruppe/";
    /** A member's secret feed of one group is {@code kalender/fachgruppe/abo/<secret>.ics}. */
    public static final String CALENDAR_GROUP_PERSONAL_FEED = "kalender/fachgruppe/abo/";

    public static final String ICS = ".ics";

    /** The congress page is {@code kongress/<id>}; a session is {@code kongress/<id>/sitzung/<id>}. */
    public static final String CONGRESS = "kongress";
    /** A member's own congress registration. */
    public static final String CONGRESS_MY_REGISTRATION = "kongress/meine-anmeldung";
    /** A guest's congress registration, opened by the mailed link {@code ?token=<secret>}. */
    public static final String CONGRESS_GUEST_REGISTRATION = "kongress/anmeldung";
    /** A guest confirms the address of a congress registration ({@code ?token=<secret>}). */
    public static final String CONGRESS_GUEST_CONFIRM = "kongress/gast/bestaetigen";
    /** Calendar files of a congress: {@code kalender/kongress/<id>.ics}, a session {@code .../sitzung/<id>.ics}. */
    public static final String CALENDAR_CONGRESS_FILE = "kalender/kongress/";

    private final String base;
    private final String host;

    PublicLinks(PlatformProperties properties) {
        String url = properties.publicUrl();
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.host = URI.create(base).getHost();
    }

    /** A page of the platform; {@code path} without a leading slash, as in the constants. */
    public String page(String path) {
        return base + "/" + path;
    }

    /** A one-time link: the page with the secret that the page checks. */
    public String withToken(String path, String token) {
        return page(path) + "?token=" + token;
    }

    public String member(long memberId) {
        return page(MEMBERS + "/" + memberId);
    }

    public String group(long groupId) {
        return page(GROUPS + "/" + groupId);
    }

    public String event(long eventId) {
        return page(EVENTS + "/" + eventId);
    }

    public String personalFeed(String secret) {
        return page(CALENDAR_PERSONAL_FEED + secret + ICS);
    }

    public String groupFeed(long groupId) {
        return page(CALENDAR_GROUP_FEED + groupId + ICS);
    }

    public String groupPersonalFeed(String secret) {
        return page(CALENDAR_GROUP_PERSONAL_FEED + secret + ICS);
    }

    /** The host of the public address, such as the right-hand side of calendar UIDs. */
    public String host() {
        return host;
    }
}
