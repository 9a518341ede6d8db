package org.gongkai.app.system.actions;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.gongkai.app.system.ActionLog;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports the rows of the record of actions that a filter selects as an Excel workbook, with Chinese
 * column headers, and records the export itself (who took a copy of the record is part of the record).
 * Publishes no event.
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
    private final MessageSource messages;
    private final ActionLog actionLog;

    ExportActionRecords(ActionRecords records, ActionLabels labels, MessageSource messages, ActionLog actionLog) {
        this.records = records;
        this.labels = labels;
        this.messages = messages;
        this.actionLog = actionLog;
    }

    @Transactional
    byte[] export(ActionRecordScope scope, ActionRecordFilter filter, Long exportingAgency, Locale locale) {
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
                    r.subjectType(),
                    r.subjectId(),
                    r.summary(),
                    r.reason(),
                    r.before(),
                    r.after()
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
        actionLog.record(
                "EXPORT_ACTIONS",
                "ActionRecord",
                null,
                exportingAgency,
                messages.getMessage("actions.exported", new Object[] {count[0]}, locale),
                null,
                filter.describe().isEmpty() ? null : filter.describe(),
                null);
        return bytes;
    }
}
