package de.ddnhamburg.network.domain.contact;

/**
 * The first message of a contact request, in the three parts that make a first contact easy to
 * answer: who I am, why I write, and a proposal for a next step.
 */
public record FirstContactMessage(String whoIAm, String whyIWrite, String nextStep) {

    /** The whole message as plain text, as the recipient reads it in the mail. */
    public String asText() {
        return whoIAm + "\n\n" + whyIWrite + "\n\n" + nextStep;
    }
}
