/** Contact requests and contacts: the first-contact dialog, the contacts page and their building blocks. */
@NullMarked
package de.ddnhamburg.network.ui.contact;

import org.jspecify.annotations.NullMarked;
