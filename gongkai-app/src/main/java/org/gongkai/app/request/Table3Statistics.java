package org.gongkai.app.request;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.ApplicantColumn;
import org.gongkai.report.Edition;
import org.gongkai.report.Finding;
import org.gongkai.report.Table3;
import org.gongkai.report.Table3Row;
import org.gongkai.report.rules.AuditContext;
import org.gongkai.report.rules.AuditOptions;
import org.gongkai.report.rules.Rule;
import org.gongkai.report.rules.Rules;

/**
 * Table 3 (收到和处理政府信息公开申请情况) of one agency and year, counted from its requests in the year's edition
 * (domain-spec §2.7, counting rules 1–2 [D]): each request received by 31 December and not concluded before 1
 * January counts once in 一、本年新收 (received in the year) or 二、上年结转 (received earlier), and once in the
 * result row of its outcome (concluded in the year) or in 四、结转下年度继续办理 (still open on 31 December); always
 * in its applicant's column and in 总计. The table is then checked with the report library's T3 rules.
 */
final class Table3Statistics {
    /** One cell: a row of the edition and a column. */
    record Cell(Table3Row row, ApplicantColumn column) {}

    /** The table, the requests counted in each cell, and what the T3 rules found (nothing, when all is well). */
    record Result(
            int year,
            Edition edition,
            Table3 table,
            Map<Cell, List<DisclosureRequest>> counted,
            List<Finding> findings) {
        public List<Table3Row> rows() {
            return edition.table3Rows();
        }

        public long count(Table3Row row, ApplicantColumn column) {
            Long value = table.get(row, column);
            return value == null ? 0 : value;
        }

        public List<DisclosureRequest> requestsIn(Table3Row row, ApplicantColumn column) {
            return counted.getOrDefault(new Cell(row, column), List.of());
        }
    }

    private Table3Statistics() {}

    static Result of(int year, Collection<DisclosureRequest> requests) {
        Edition edition = Edition.requiredFor(year);
        LocalDate start = LocalDate.of(year, 1, 1);
        LocalDate end = LocalDate.of(year, 12, 31);
        Table3 table = new Table3();
        for (Table3Row row : edition.table3Rows()) {
            Long[] zeros = new Long[ApplicantColumn.values().length];
            java.util.Arrays.fill(zeros, 0L);
            table.setRow(row, zeros);
        }
        Map<Cell, List<DisclosureRequest>> counted = new LinkedHashMap<>();
        for (DisclosureRequest r : requests) {
            LocalDate concluded = r.concludedOn();
            if (r.receivedOn().isAfter(end) || concluded != null && concluded.isBefore(start)) {
                continue;
            }
            ApplicantColumn column =
                    ApplicantColumn.valueOf(r.applicant().kind().name());
            add(
                    table,
                    counted,
                    r.receivedOn().isBefore(start) ? Table3Row.CARRIED_OVER : Table3Row.NEW_RECEIVED,
                    column,
                    r);
            if (concluded != null && !concluded.isAfter(end)) {
                add(table, counted, resultRow(r.outcome(), edition), column, r);
                add(table, counted, Table3Row.TOTAL, column, r);
            } else {
                add(table, counted, Table3Row.CARRIED_FORWARD, column, r);
            }
        }
        AnnualReport report = new AnnualReport().year(year).edition(edition).table3(table);
        AuditContext context = new AuditContext(report, null, AuditOptions.defaults());
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : Rules.all()) {
            if (rule.id().startsWith("T3.")) {
                rule.check(context, findings);
            }
        }
        return new Result(year, edition, table, counted, List.copyOf(findings));
    }

    /** The outcome's row in {@code edition}: a 2021 （六） sub-row counts in 2019's single （六）, and back. */
    static Table3Row resultRow(Outcome outcome, Edition edition) {
        Table3Row row = outcome.row();
        if (row.existsIn(edition)) {
            return row;
        }
        if (edition == Edition.E2019) {
            return Table3Row.OTHER;
        }
        return Table3Row.OTHER_OTHER;
    }

    private static void add(
            Table3 table,
            Map<Cell, List<DisclosureRequest>> counted,
            Table3Row row,
            ApplicantColumn column,
            DisclosureRequest r) {
        for (ApplicantColumn c : new ApplicantColumn[] {column, ApplicantColumn.TOTAL}) {
            table.set(row, c, table.get(row, c) + 1);
            counted.computeIfAbsent(new Cell(row, c), k -> new ArrayList<>()).add(r);
        }
    }
}
