/** The public congress pages: the programme of an edition and its sessions, with live seats. */
@NullMarked
package de.ddnhamburg.network.ui.congress;

import org.jspecify.annotations.NullMarked;
