package de.ddnhamburg.network.domain.congress.print;

import org.jspecify.annotations.Nullable;

/**
 * What one badge shows.
 *
 * @param categoryPosition the category's place in the congress's order, which picks the band's colour
 */
record Badge(String name, @Nullable String organisation, String category, int categoryPosition, String ticketCode) {}
