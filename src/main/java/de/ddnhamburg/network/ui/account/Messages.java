package de.ddnhamburg.network.ui.account;

import com.vaadin.flow.component.html.Paragraph;

/** Answers of the account pages that screen readers announce when they appear. */
final class Messages {

    private Messages() {}

    static Paragraph status(String id, String text) {
        Paragraph message = new Paragraph(text);
        message.setId(id);
        message.addClassName("account-message");
        message.getElement().setAttribute("role", "status");
        return message;
    }

    static Paragraph problem(String id, String text) {
        Paragraph message = new Paragraph(text);
        message.setId(id);
        message.addClassNames("account-message", "problem");
        message.getElement().setAttribute("role", "alert");
        return message;
    }
}
