@NullMarked
package de.ddnhamburg.network.ui.member;

import org.jspecify.annotations.NullMarked;
