package de.ddnhamburg.network.domain.congress.checkin;

import de.ddnhamburg.network.support.IntegrationTest;

@IntegrationTest
class H2CheckInRaceTest extends CheckInRaceContract {}
