package de.ddnhamburg.network.domain.congress.invoice;

import de.ddnhamburg.network.support.PostgresTest;

@PostgresTest
class PostgresInvoiceNumberingTest extends InvoiceNumberingContract {}
