package de.ddnhamburg.network.domain.announcement;

import de.ddnhamburg.network.support.PostgresTest;

@PostgresTest
class PostgresAnnouncementDispatchTest extends AnnouncementDispatchContract {}
