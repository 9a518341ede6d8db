package org.gongkai.app.appeal;

import java.util.List;

/**
 * A change of a case's result the record does not allow: the message key ({@code appeal.refused.*} in
 * {@code i18n/appeal.properties}) and its arguments, shown to staff in Chinese at the form they used.
 */
final class AppealRefused extends RuntimeException {
    private final String messageKey;
    private final List<Object> arguments;

    AppealRefused(String messageKey, Object... arguments) {
        super(messageKey + " " + List.of(arguments));
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    String messageKey() {
        return messageKey;
    }

    Object[] arguments() {
        return arguments.toArray();
    }
}
