@NullMarked
package de.ddnhamburg.network.ui.components;

import org.jspecify.annotations.NullMarked;
