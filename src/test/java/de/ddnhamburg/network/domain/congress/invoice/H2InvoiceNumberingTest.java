package de.ddnhamburg.network.domain.congress.invoice;

import de.ddnhamburg.network.support.IntegrationTest;

@IntegrationTest
class H2InvoiceNumberingTest extends InvoiceNumberingContract {}
