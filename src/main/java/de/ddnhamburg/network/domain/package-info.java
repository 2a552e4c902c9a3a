@NullMarked
package de.ddnhamburg.network.domain;

import org.jspecify.annotations.NullMarked;
