package de.ddnhamburg.network.domain.privacy;

import de.ddnhamburg.network.support.IntegrationTest;

@IntegrationTest
class H2PersonalDataTest extends PersonalDataContract {}
