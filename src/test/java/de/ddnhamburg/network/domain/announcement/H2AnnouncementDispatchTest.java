package de.ddnhamburg.network.domain.announcement;

import de.ddnhamburg.network.support.IntegrationTest;

@IntegrationTest
class H2AnnouncementDispatchTest extends AnnouncementDispatchContract {}
