/**
 * Announcements (Rundschreiben): an admin's message to a segment of members, sent through the
 * outbox in batches, and the members' switch to receive none. Builds on member, group, event,
 * congress, mail and audit; none of them depends on it.
 */
@NullMarked
package de.ddnhamburg.network.domain.announcement;

import org.jspecify.annotations.NullMarked;
