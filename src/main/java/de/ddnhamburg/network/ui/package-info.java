@NullMarked
package de.ddnhamburg.network.ui;

import org.jspecify.annotations.NullMarked;
