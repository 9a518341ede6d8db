package org.gongkai.app.calendar;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import org.gongkai.app.calendar.api.HolidayNoticeLoaded;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.GongkaiUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The platform administrator loads the holiday arrangement of a year: the State Council's notice for the whole
 * country, or the extra holidays of a region (《全国年节及纪念日放假办法》第四条). A loaded year replaces the data file
 * shipped with the platform and any notice loaded before for the same year and region.
 *
 * <p>Validates the text with {@link HolidayFileParser}, stores it, records the action with the previous content as
 * "before", and publishes {@link HolidayNoticeLoaded} so that 暂定 deadlines are recomputed — all in one transaction.
 */
@Component
class LoadHolidayNotice {

    /** The longest citation {@code holiday_notice.source} holds. */
    public static final int MAX_SOURCE_LENGTH = 500;

    private final HolidayNotices notices;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Clock clock;

    LoadHolidayNotice(HolidayNotices notices, ApplicationEventPublisher events, MessageSource messages, Clock clock) {
        this.notices = notices;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * Loads the notice.
     *
     * @param year the notice year
     * @param region {@link CalendarService#NATIONAL} or a six-digit region code
     * @param source the citation of the notice, e.g. {@code 国务院办公厅关于2027年部分节假日安排的通知 国办发明电〔2026〕N号}
     * @param text the dates in the data-file format of domain-spec §10 ({@code YYYY-MM-DD off|work 名称})
     * @param by the platform administrator
     * @return the notice as read
     * @throws HolidayFileException when the text cannot be read; its message names the line, in Chinese
     * @throws IllegalArgumentException when the region code or the citation is not acceptable
     */
    @Transactional
    public HolidayNotice load(int year, String region, String source, String text, GongkaiUser by) {
        Objects.requireNonNull(by, "by");
        if (!CalendarService.isRegionCode(region)) {
            throw new IllegalArgumentException("region: " + region);
        }
        if (source == null || source.isBlank() || source.strip().length() > MAX_SOURCE_LENGTH) {
            throw new IllegalArgumentException("source: " + source);
        }
        HolidayNotice notice = HolidayFileParser.parseNotice(year, text);
        Optional<StoredNotice> previous = notices.findForUpdate(year, region);
        StoredNotice stored = new StoredNotice(
                year,
                region,
                text,
                source.strip(),
                OffsetDateTime.now(clock),
                by.displayName() + "（" + by.getUsername() + "）");
        notices.save(stored);
        events.publishEvent(new HolidayNoticeLoaded(
                Actor.of(by),
                stored.loadedAt(),
                year,
                region,
                stored.source(),
                previous.map(StoredNotice::source).orElse(null),
                previous.map(StoredNotice::content).orElse(null),
                text));
        return notice;
    }
}
