/**
 * The transactional mail outbox: every mail is a row written in the same transaction as the fact it
 * reports, rendered from a translated template, and delivered later by {@link
 * de.ddnhamburg.network.domain.mail.OutboxSender} with retries. See docs/decisions/004-mail-outbox.md.
 */
@NullMarked
package de.ddnhamburg.network.domain.mail;

import org.jspecify.annotations.NullMarked;
