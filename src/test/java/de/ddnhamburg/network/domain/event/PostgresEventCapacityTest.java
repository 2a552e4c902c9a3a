package de.ddnhamburg.network.domain.event;

import de.ddnhamburg.network.support.PostgresTest;

@PostgresTest
class PostgresEventCapacityTest extends EventCapacityContract {}
