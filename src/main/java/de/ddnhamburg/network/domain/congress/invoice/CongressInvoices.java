package de.ddnhamburg.network.domain.congress.invoice;

import java.math.BigDecimal;
import java.util.List;

/**
 * The head of a congress's invoice page: what is open and what was paid (gross, invoices in force
 * and paid ones; cancelled ones count in neither), and the years of its documents for the
 * accounting export.
 */
public record CongressInvoices(
        long congressId,
        String congressTitle,
        long documents,
        BigDecimal openGross,
        BigDecimal paidGross,
        List<Integer> years) {}
