package de.ddnhamburg.network.domain.contact;

import de.ddnhamburg.network.support.PostgresTest;

@PostgresTest
class PostgresContactTest extends ContactContract {}
