@NullMarked
package de.ddnhamburg.network.ui.legal;

import org.jspecify.annotations.NullMarked;
