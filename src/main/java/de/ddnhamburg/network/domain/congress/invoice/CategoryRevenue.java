package de.ddnhamburg.network.domain.congress.invoice;

import java.math.BigDecimal;

/** Gross revenue of one ticket category from invoices in force: still open, and paid. */
public record CategoryRevenue(String categoryName, BigDecimal openGross, BigDecimal paidGross) {}
