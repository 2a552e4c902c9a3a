package de.ddnhamburg.network.domain.privacy;

import de.ddnhamburg.network.support.PostgresTest;

@PostgresTest
class PostgresPersonalDataTest extends PersonalDataContract {}
