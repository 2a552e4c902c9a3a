/** The congress door: the check-in desk for admins and the door team, tablet and phone first. */
@NullMarked
package de.ddnhamburg.network.ui.congress.checkin;

import org.jspecify.annotations.NullMarked;
