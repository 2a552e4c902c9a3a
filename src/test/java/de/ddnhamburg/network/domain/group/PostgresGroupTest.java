package de.ddnhamburg.network.domain.group;

import de.ddnhamburg.network.support.PostgresTest;

@PostgresTest
class PostgresGroupTest extends GroupContract {}
