@NullMarked
package de.ddnhamburg.network.security;

import org.jspecify.annotations.NullMarked;
