package org.gongkai.app.system.api;

import java.util.List;

/**
 * Something the office home tells a person to do today: a message key and its arguments, and where
 * to do it (a path and the message key of the link's text), or no link.
 */
public record OfficeNotice(String messageKey, List<String> arguments, String path, String linkKey) {
    public OfficeNotice {
        arguments = List.copyOf(arguments);
    }
}
