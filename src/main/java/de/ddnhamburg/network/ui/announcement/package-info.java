@NullMarked
package de.ddnhamburg.network.ui.announcement;

import org.jspecify.annotations.NullMarked;
