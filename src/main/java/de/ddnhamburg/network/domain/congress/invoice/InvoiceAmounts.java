package de.ddnhamburg.network.domain.congress.invoice;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The amounts of one invoice line in EUR, from the category's gross price: the price is what the
 * participant pays, so the gross stays exact, the net is gross / (1 + rate) rounded half up to the
 * cent, and the VAT is the rest (gross − net). Net and VAT therefore always add up to the gross.
 * A credit note carries the original's amounts negated, never recomputed.
 */
record InvoiceAmounts(BigDecimal net, int vatRate, BigDecimal vat, BigDecimal gross) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * @throws IllegalArgumentException for a price with more than two decimals or a rate below 0
     */
    static InvoiceAmounts fromGross(BigDecimal gross, int vatRate) {
        if (vatRate < 0) {
            throw new IllegalArgumentException("A VAT rate is not negative: " + vatRate);
        }
        BigDecimal exact;
        try {
            exact = gross.setScale(2, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("A price in EUR has at most two decimals: " + gross, e);
        }
        BigDecimal net = exact.multiply(HUNDRED).divide(BigDecimal.valueOf(100L + vatRate), 2, RoundingMode.HALF_UP);
        return new InvoiceAmounts(net, vatRate, exact.subtract(net), exact);
    }

    InvoiceAmounts negated() {
        return new InvoiceAmounts(net.negate(), vatRate, vat.negate(), gross.negate());
    }
}
