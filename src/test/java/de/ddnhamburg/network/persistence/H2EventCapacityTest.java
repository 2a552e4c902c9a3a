package de.ddnhamburg.network.persistence;

import de.ddnhamburg.network.support.IntegrationTest;

@IntegrationTest
class H2EventCapacityTest extends EventCapacityContract {}
