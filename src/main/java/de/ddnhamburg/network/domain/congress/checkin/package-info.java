/**
 * Check-in at the congress door: the desk finds a registration by ticket code or name, checks it in
 * exactly once (a unique key, also when two desks race), warns about every reason not to, and lets
 * a mistake be undone for a few minutes. Used by admins and the door team ({@code Roles.CHECK_IN}).
 */
@NullMarked
package de.ddnhamburg.network.domain.congress.checkin;

import org.jspecify.annotations.NullMarked;
