@NullMarked
package de.ddnhamburg.network.domain.member;

import org.jspecify.annotations.NullMarked;
