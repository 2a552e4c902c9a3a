package de.ddnhamburg.network.domain.event;

import de.ddnhamburg.network.support.IntegrationTest;

@IntegrationTest
class EventListingServiceTest extends EventListingContract {}
