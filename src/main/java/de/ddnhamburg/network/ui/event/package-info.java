/** Events: the list of upcoming events and an event's page with its seats and my registration. */
@NullMarked
package de.ddnhamburg.network.ui.event;

import org.jspecify.annotations.NullMarked;
