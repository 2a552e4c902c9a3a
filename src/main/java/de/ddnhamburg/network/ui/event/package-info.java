/**
 * Events: the list of upcoming events; an event's page with its live seats, my registration, the
 * opt-in participant list, "Wer noch kommt" and a map link; and the organisers' participant page.
 */
@NullMarked
package de.ddnhamburg.network.ui.event;

import org.jspecify.annotations.NullMarked;
