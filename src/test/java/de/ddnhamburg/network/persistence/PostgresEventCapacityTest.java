package de.ddnhamburg.network.persistence;

import de.ddnhamburg.network.support.PostgresTest;

@PostgresTest
class PostgresEventCapacityTest extends EventCapacityContract {}
