/**
 * The yearly Fachkongress: editions, ticket categories, the programme (rooms, time slots, sessions,
 * speakers) and registrations with their session choices. Places are taken and given back only
 * under the lock of the congress row (decision 011).
 */
@NullMarked
package de.ddnhamburg.network.domain.congress;

import org.jspecify.annotations.NullMarked;
