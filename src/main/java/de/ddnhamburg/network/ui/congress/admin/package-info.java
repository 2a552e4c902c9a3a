/** The congress administration: the list of editions and the editor of one edition. */
@NullMarked
package de.ddnhamburg.network.ui.congress.admin;

import org.jspecify.annotations.NullMarked;
