package org.gongkai.app.request;

import java.util.List;

/**
 * A step the law does not allow in the request's present state, or with these dates: the message key
 * ({@code request.refused.*} in {@code i18n/request.properties}) and its arguments, shown to staff in
 * Chinese at the step they tried.
 */
final class StepRefused extends RuntimeException {
    private final String messageKey;
    private final List<Object> arguments;

    StepRefused(String messageKey, Object... arguments) {
        super(messageKey + " " + List.of(arguments));
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    String messageKey() {
        return messageKey;
    }

    List<Object> arguments() {
        return arguments;
    }
}
