/** What runs once at start-up: the first admin of a new installation and the demo data. */
@NullMarked
package de.ddnhamburg.network.bootstrap;

import org.jspecify.annotations.NullMarked;
