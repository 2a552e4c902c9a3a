package de.ddnhamburg.network.domain.congress;

/** What a congress guest's link does: confirm the address (once), or open "Meine Anmeldung". */
enum CongressTokenPurpose {
    CONFIRM,
    MANAGE
}
