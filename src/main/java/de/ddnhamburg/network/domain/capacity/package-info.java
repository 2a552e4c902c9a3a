/**
 * The one capacity mechanism of the platform, shared by events ({@code event.SeatAllocation}) and the
 * congress ({@code congress.CongressPlacement}): counters of places held against a limit, read with
 * a locked row and written back once ({@link Counter}, {@link Tally}), and first-come-first-served
 * waiting lists with positions 1..n without gaps ({@link WaitingList}, {@link WaitingLists}). It
 * holds no state and touches no table: each feature keeps its own rows, its own lock and its own
 * CHECKs, and plugs them in here. See decision 011.
 */
@NullMarked
package de.ddnhamburg.network.domain.capacity;

import org.jspecify.annotations.NullMarked;
