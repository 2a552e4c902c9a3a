/**
 * The congress's printing and exports for admins (badges, certificates, lists), and the
 * certificate download on "Meine Anmeldung". Every file is made by a domain service when its link
 * is followed, for the signed-in user of that request.
 */
@NullMarked
package de.ddnhamburg.network.ui.congress.print;

import org.jspecify.annotations.NullMarked;
