package de.ddnhamburg.network.ui.components;

/**
 * A page that the server updates while it is open, when something changes in another session (free
 * seats, check-ins): it listens through {@link PageBroadcasts} and changes itself in
 * {@code UI.access}. Only while such a page is shown does the browser keep the push WebSocket open
 * ({@link LivePagePush}); every other page gets its changes with the answer to its own requests.
 * A view that shows a live component (such as {@code ui.event.LiveSeats}) implements this, and
 * {@code ArchitectureTest} checks that the views which build one do.
 */
public interface LivePage {}
