package de.ddnhamburg.network.domain.congress;

import org.jspecify.annotations.Nullable;

/** A congress and someone's registration for it, if there is one, read in one query. */
record CongressAndRegistration(Congress congress, @Nullable CongressRegistration registration) {}
