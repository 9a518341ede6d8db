package org.gongkai.app.calendar;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;
import org.gongkai.app.calendar.api.ChineseDates;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * Gives every template {@code #chineseDates}: {@code ${#chineseDates.format(request.receivedOn)}} →
 * {@code 2020年12月31日}, {@code ${#chineseDates.formatDateTime(record.occurredAt)}} → {@code 2020年12月31日 09:05}.
 * Spring Boot adds every dialect bean to the template engine.
 */
@Component
class ChineseDatesDialect extends AbstractDialect implements IExpressionObjectDialect {

    static final String NAME = "chineseDates";

    ChineseDatesDialect() {
        super("gongkai-chinese-dates");
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of(NAME);
            }

            @Override
            public Object buildObject(IExpressionContext context, String expressionObjectName) {
                return NAME.equals(expressionObjectName) ? new Formatter() : null;
            }

            @Override
            public boolean isCacheable(String expressionObjectName) {
                return true;
            }
        };
    }

    /** The expression object: {@link ChineseDates} as instance methods, which expressions can call. */
    public static final class Formatter {
        public String format(LocalDate date) {
            return ChineseDates.format(date);
        }

        public String formatDateTime(OffsetDateTime moment) {
            return ChineseDates.formatDateTime(moment);
        }
    }
}
