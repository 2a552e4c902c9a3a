package de.ddnhamburg.network.domain.event;

import java.util.UUID;

/**
 * A message from an organiser to an event's participants.
 *
 * @param id chosen once per message being written (the dialog does so when it opens), so that a
 *     double submit mails nobody twice, while a second message is a new fact
 * @param includeWaiting also to those on the waiting list
 */
public record OrganiserMessage(UUID id, String subject, String text, boolean includeWaiting) {

    public static final int SUBJECT_MAX = 200;
    public static final int TEXT_MAX = 5_000;
}
