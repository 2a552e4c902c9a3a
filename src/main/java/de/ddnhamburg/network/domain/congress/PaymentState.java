package de.ddnhamburg.network.domain.congress;

/** Whether a registration has something to pay: nothing (a free category), open, or paid. */
public enum PaymentState {
    FREE,
    OPEN,
    PAID
}
