@NullMarked
package de.ddnhamburg.network.ui.admin;

import org.jspecify.annotations.NullMarked;
