/**
 * What several application nodes on one PostgreSQL database tell each other: changes that open
 * pages show live (seats, congress places, check-ins), passed on with PostgreSQL's {@code
 * LISTEN/NOTIFY}. See docs/decisions/013-two-nodes.md.
 */
@NullMarked
package de.ddnhamburg.network.cluster;

import org.jspecify.annotations.NullMarked;
