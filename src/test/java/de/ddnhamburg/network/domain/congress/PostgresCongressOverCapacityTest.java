package de.ddnhamburg.network.domain.congress;

import de.ddnhamburg.network.support.PostgresTest;

@PostgresTest
class PostgresCongressOverCapacityTest extends CongressOverCapacityContract {}
