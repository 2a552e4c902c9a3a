package de.ddnhamburg.network.domain.congress;

/**
 * A guest's registration right after confirming by the mailed link, with the secret of a manage
 * link for "Meine Anmeldung" (the page shows the ticket and links there).
 */
public record GuestConfirmation(RegistrationDetails details, String manageToken) {}
