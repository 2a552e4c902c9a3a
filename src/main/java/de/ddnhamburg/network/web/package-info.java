/**
 * The few plain HTTP endpoints beside the Vaadin UI: calendar files and feeds
 * ({@link de.ddnhamburg.network.web.CalendarController}). Each calls the same domain services as
 * the views, and each path has its own rule in {@code security.SecurityConfig}.
 */
@NullMarked
package de.ddnhamburg.network.web;

import org.jspecify.annotations.NullMarked;
