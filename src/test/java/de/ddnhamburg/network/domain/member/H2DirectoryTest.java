package de.ddnhamburg.network.domain.member;

import de.ddnhamburg.network.support.IntegrationTest;

@IntegrationTest
class H2DirectoryTest extends DirectoryContract {}
