package de.ddnhamburg.network.domain.congress;

/** Who may choose a ticket category. */
public enum TicketEligibility {
    EVERYONE,
    MEMBERS,
    ACCESS_CODE
}
