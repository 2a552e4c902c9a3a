package de.ddnhamburg.network.domain.announcement;

/**
 * What a segment comes to before sending.
 *
 * @param recipients active members who will get the announcement
 * @param optedOut active members of the segment who switched announcements off
 * @param guests registrations of guests in the segment, who get no announcements
 */
public record AudienceCount(int recipients, int optedOut, long guests) {}
