package de.ddnhamburg.network.domain.event;

import de.ddnhamburg.network.support.IntegrationTest;

@IntegrationTest
class H2EventCapacityTest extends EventCapacityContract {}
