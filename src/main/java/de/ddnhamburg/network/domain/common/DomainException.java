package de.ddnhamburg.network.domain.common;

import java.util.List;

/**
 * A rule of the domain was broken by the caller's input. The message key names a translation, so
 * that every layer can show the user a clear message in their language instead of a stack trace.
 */
public class DomainException extends RuntimeException {

    private final String messageKey;
    private final transient List<Object> arguments;

    public DomainException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments.toArray();
    }
}
