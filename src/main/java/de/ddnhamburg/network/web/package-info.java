@NullMarked
package de.ddnhamburg.network.web;

import org.jspecify.annotations.NullMarked;
