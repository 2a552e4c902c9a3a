package de.ddnhamburg.network.domain.congress.invoice;

/** The number of an invoice or credit note: the year of issue and its place in that year's sequence. */
record InvoiceNumber(int year, int sequence) {

    /** {@code 2027-0001}; from the 10,000th of a year on simply with more digits. */
    String text() {
        return "%d-%04d".formatted(year, sequence);
    }
}
