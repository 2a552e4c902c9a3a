package de.ddnhamburg.network.domain.event;

/** What a guest's link does: confirm the address (once), or cancel the registration. */
enum GuestTokenPurpose {
    CONFIRM,
    CANCEL
}
