package de.ddnhamburg.network.domain.contact;

import de.ddnhamburg.network.support.IntegrationTest;

@IntegrationTest
class H2ContactTest extends ContactContract {}
