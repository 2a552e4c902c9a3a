package de.ddnhamburg.network.domain.congress.checkin;

import de.ddnhamburg.network.support.PostgresTest;

@PostgresTest
class PostgresCheckInRaceTest extends CheckInRaceContract {}
