@NullMarked
package de.ddnhamburg.network.ui.error;

import org.jspecify.annotations.NullMarked;
