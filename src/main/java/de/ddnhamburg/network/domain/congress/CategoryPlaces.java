package de.ddnhamburg.network.domain.congress;

/** A ticket category's places as read under the congress lock. */
record CategoryPlaces(long id, int quota, int taken, boolean approvalRequired) {}
