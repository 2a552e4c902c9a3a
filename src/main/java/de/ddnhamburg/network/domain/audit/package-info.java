@NullMarked
package de.ddnhamburg.network.domain.audit;

import org.jspecify.annotations.NullMarked;
