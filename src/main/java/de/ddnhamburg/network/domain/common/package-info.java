@NullMarked
package de.ddnhamburg.network.domain.common;

import org.jspecify.annotations.NullMarked;
