package de.ddnhamburg.network.domain.mail;

import de.ddnhamburg.network.support.IntegrationTest;

@IntegrationTest
class H2OutboxDeliveryTest extends OutboxDeliveryContract {}
