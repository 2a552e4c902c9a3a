package de.ddnhamburg.network.domain.congress;

/** The input rules of the admins' registration desk, with the field names the dialogs use too. */
public final class CongressDeskRules {

    /** The reason for cancelling a registration, mailed to the person. */
    public static final String REASON = "reason";

    public static final int REASON_MAX = 500;

    private CongressDeskRules() {}
}
