package de.ddnhamburg.network.domain.congress;

import de.ddnhamburg.network.support.IntegrationTest;

@IntegrationTest
class H2CongressOverCapacityTest extends CongressOverCapacityContract {}
