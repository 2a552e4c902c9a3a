package de.ddnhamburg.network.domain.group;

import de.ddnhamburg.network.support.IntegrationTest;

@IntegrationTest
class H2GroupTest extends GroupContract {}
