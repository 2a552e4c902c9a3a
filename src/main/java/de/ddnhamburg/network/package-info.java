@NullMarked
package de.ddnhamburg.network;

import org.jspecify.annotations.NullMarked;
