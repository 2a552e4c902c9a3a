@NullMarked
package de.ddnhamburg.network.ui.layout;

import org.jspecify.annotations.NullMarked;
