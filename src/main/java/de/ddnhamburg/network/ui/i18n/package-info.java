@NullMarked
package de.ddnhamburg.network.ui.i18n;

import org.jspecify.annotations.NullMarked;
