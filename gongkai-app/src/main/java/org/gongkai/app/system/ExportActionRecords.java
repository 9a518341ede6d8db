package org.gongkai.app.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.gongkai.app.system.api.ActionRecordExported;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.GongkaiUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports the rows of the record of actions that a filter selects as an Excel workbook, with Chinese
 * column headers, and records the export itself (who took a copy of the record is part of the record).
 * Publishes {@link ActionRecordExported}.
 */
@Component
class ExportActionRecords {
    /** More rows than anyone reads; the filter narrows a larger record. */
    static final int MAX_ROWS = 100_000;

    /** Excel refuses longer cell text. */
    private static final int MAX_CELL = 32_767;

    static final List<String> HEADER_KEYS = List.of(
            "actions.col.time",
            "actions.col.agency",
            "actions.col.actor",
            "actions.col.address",
            "actions.col.action",
            "actions.col.subjectType",
            "actions.col.subjectId",
            "actions.col.summary",
            "actions.col.reason",
            "actions.col.before",
            "actions.col.after");

    private final ActionRecords records;
    private final ActionLabels labels;
    private final ActionValues actionValues;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ExportActionRecords(
            ActionRecords records,
            ActionLabels labels,
            ActionValues values,
            MessageSource messages,
            ApplicationEventPublisher events,
            Clock clock) {
        this.records = records;
        this.labels = labels;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
        this.actionValues = values;
    }

    @Transactional
    byte[] export(ActionRecordScope scope, ActionRecordFilter filter, GongkaiUser exporter, Locale locale) {
        int[] count = {0};
        byte[] bytes;
        try (SXSSFWorkbook book = new SXSSFWorkbook(200);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(messages.getMessage("actions.title", null, locale));
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADER_KEYS.size(); c++) {
                header.createCell(c).setCellValue(messages.getMessage(HEADER_KEYS.get(c), null, locale));
                header.getCell(c).setCellStyle(bold);
                sheet.setColumnWidth(c, 20 * 256);
            }
            sheet.createFreezePane(0, 1);
            records.each(scope, filter, MAX_ROWS, r -> {
                Row row = sheet.createRow(++count[0]);
                String[] values = {
                    labels.time(r.occurredAt()),
                    r.agencyName(),
                    r.actorName(),
                    r.clientAddress(),
                    labels.action(r.action(), locale),
                    actionValues.subjectType(r.subjectType()),
                    r.subjectId(),
                    r.summary(),
                    r.reason(),
                    actionValues.state(r.before()),
                    actionValues.state(r.after())
                };
                for (int c = 0; c < values.length; c++) {
                    if (values[c] != null) {
                        String v = values[c];
                        row.createCell(c).setCellValue(v.length() > MAX_CELL ? v.substring(0, MAX_CELL) : v);
                    }
                }
            });
            book.write(out);
            book.close();
            bytes = out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        events.publishEvent(new ActionRecordExported(
                Actor.of(exporter), OffsetDateTime.now(clock), exporter.agency(), count[0], filter.describe()));
        return bytes;
    }
}
