package de.ddnhamburg.network.domain.congress.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Net, VAT and gross from a gross price: net rounded half up to the cent, VAT the rest. */
class InvoiceAmountsTest {

    @ParameterizedTest(name = "{0} € at {1} %: net {2}, VAT {3}")
    @CsvSource({
        // the congress's usual prices
        "89.00, 19, 74.79, 14.21",
        "39.00, 19, 32.77, 6.23",
        "39.00, 7, 36.45, 2.55",
        "150.00, 0, 150.00, 0.00",
        // one cent: the net keeps it, no VAT is left
        "0.01, 19, 0.01, 0.00",
        "0.01, 7, 0.01, 0.00",
        // 0.05 / 1.19 = 0.0420…: down; 0.06 / 1.19 = 0.0504…: down; 0.07 / 1.19 = 0.0588…: up
        "0.05, 19, 0.04, 0.01",
        "0.06, 19, 0.05, 0.01",
        "0.07, 19, 0.06, 0.01",
        // exact: no rounding at all
        "119.00, 19, 100.00, 19.00",
        "107.00, 7, 100.00, 7.00",
        // 1.00 / 1.07 = 0.93457…: down; 0.08 / 1.07 = 0.07476…: up
        "1.00, 7, 0.93, 0.07",
        "0.08, 7, 0.07, 0.01",
        // large amounts keep every cent
        "99999999.99, 19, 84033613.44, 15966386.55",
        // a price entered without decimals
        "89, 19, 74.79, 14.21"
    })
    void net_is_rounded_half_up_and_vat_is_the_rest(String gross, int rate, String net, String vat) {
        InvoiceAmounts amounts = InvoiceAmounts.fromGross(new BigDecimal(gross), rate);

        assertThat(amounts.net()).isEqualTo(new BigDecimal(net));
        assertThat(amounts.vat()).isEqualTo(new BigDecimal(vat));
        assertThat(amounts.gross()).isEqualTo(new BigDecimal(gross).setScale(2));
        assertThat(amounts.net().add(amounts.vat())).isEqualTo(amounts.gross());
        assertThat(amounts.vatRate()).isEqualTo(rate);
    }

    @Test
    void exactly_half_a_cent_is_rounded_up() {
        // At 0, 7 and 19 % no price in whole cents has a net of exactly half a cent, so the tie is
        // shown at a rate where it occurs: 0.01 € at 100 % is 0.005 net (half even would make it 0.00).
        InvoiceAmounts amounts = InvoiceAmounts.fromGross(new BigDecimal("0.01"), 100);

        assertThat(amounts.net()).isEqualTo(new BigDecimal("0.01"));
        assertThat(amounts.vat()).isEqualTo(new BigDecimal("0.00"));
        assertThat(InvoiceAmounts.fromGross(new BigDecimal("0.03"), 100).net()).isEqualTo(new BigDecimal("0.02"));
    }

    @Test
    void every_price_in_cents_up_to_500_euros_adds_up_at_every_rate() {
        for (int rate : new int[] {0, 7, 19}) {
            for (long cents = 1; cents <= 50_000; cents++) {
                BigDecimal gross = BigDecimal.valueOf(cents, 2);
                InvoiceAmounts amounts = InvoiceAmounts.fromGross(gross, rate);
                assertThat(amounts.net().add(amounts.vat())).isEqualTo(gross);
                assertThat(amounts.vat().signum()).isNotNegative();
                // The net is the nearest cent to gross / (1 + rate), so the VAT on it is off by less than a cent.
                BigDecimal exactNet = gross.multiply(BigDecimal.valueOf(100))
                        .divide(BigDecimal.valueOf(100 + rate), 10, java.math.RoundingMode.HALF_UP);
                assertThat(amounts.net().subtract(exactNet).abs()).isLessThanOrEqualTo(new BigDecimal("0.005"));
            }
        }
    }

    @Test
    void a_credit_note_negates_the_amounts_without_recomputing() {
        InvoiceAmounts credit =
                InvoiceAmounts.fromGross(new BigDecimal("89.00"), 19).negated();

        assertThat(credit.net()).isEqualTo(new BigDecimal("-74.79"));
        assertThat(credit.vat()).isEqualTo(new BigDecimal("-14.21"));
        assertThat(credit.gross()).isEqualTo(new BigDecimal("-89.00"));
        assertThat(credit.vatRate()).isEqualTo(19);
    }

    @Test
    void a_price_with_fractions_of_a_cent_or_a_negative_rate_is_refused() {
        assertThatThrownBy(() -> InvoiceAmounts.fromGross(new BigDecimal("89.001"), 19))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> InvoiceAmounts.fromGross(new BigDecimal("89.00"), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
