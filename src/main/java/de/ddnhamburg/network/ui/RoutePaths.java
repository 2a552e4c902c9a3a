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
    public static final String OUTBOX = "verwaltung/postausgang";

    private RoutePaths() {}
}
