@NullMarked
package de.ddnhamburg.network.ui.start;

import org.jspecify.annotations.NullMarked;
