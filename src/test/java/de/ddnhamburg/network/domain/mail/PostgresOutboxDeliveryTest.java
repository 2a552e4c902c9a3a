package de.ddnhamburg.network.domain.mail;

import de.ddnhamburg.network.support.PostgresTest;

@PostgresTest
class PostgresOutboxDeliveryTest extends OutboxDeliveryContract {}
