@NullMarked
package de.ddnhamburg.network.ui.account;

import org.jspecify.annotations.NullMarked;
