package org.gongkai.app.system;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * How the record of actions reads to a person: times as 2020年12月31日 14:05 in the platform's zone,
 * action codes by their Chinese name ({@code action.<CODE>} in any module's bundle, the code itself
 * when no module named it).
 */
@Component
class ActionLabels {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    private final MessageSource messages;
    private final Clock clock;

    ActionLabels(MessageSource messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    String time(OffsetDateTime at) {
        return at.atZoneSameInstant(clock.getZone()).format(TIME);
    }

    String action(String code, Locale locale) {
        return messages.getMessage("action." + code, null, code, locale);
    }
}
