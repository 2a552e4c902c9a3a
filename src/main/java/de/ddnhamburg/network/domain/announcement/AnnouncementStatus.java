package de.ddnhamburg.network.domain.announcement;

/** SENDING while recipients wait for their batch, SENT once every recipient was dealt with. */
public enum AnnouncementStatus {
    SENDING,
    SENT
}
