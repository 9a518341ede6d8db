package org.gongkai.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One 政府信息公开工作年度报告: who made it, the year it covers, the edition its tables follow, the
 * three tables and the six sections. Parsers fill it from a published report; the platform fills it
 * from its records; renderers write it out. A table that was not found at all is null. Where each
 * row was read is not part of the report: a reader returns it beside the report
 * ({@link org.gongkai.report.parse.ReadingMetadata}).
 */
public final class AnnualReport {
    private String title;
    private String agency;
    private Integer year;
    private Edition edition;
    private String preamble = "";
    private Table2 table2;
    private Table3 table3;
    private Table4 table4;
    private final List<Section> sections = new ArrayList<>();

    public String title() {
        return title;
    }

    public AnnualReport title(String title) {
        this.title = title;
        return this;
    }

    /** The agency that made the report (e.g. 达州市商务局); null when the text does not name it. */
    public String agency() {
        return agency;
    }

    public AnnualReport agency(String agency) {
        this.agency = agency;
        return this;
    }

    /** The report year (统计期限); null when unknown. */
    public Integer year() {
        return year;
    }

    public AnnualReport year(Integer year) {
        this.year = year;
        return this;
    }

    /** The edition the tables follow, which may differ from {@link Edition#requiredFor} the year. */
    public Edition edition() {
        return edition;
    }

    public AnnualReport edition(Edition edition) {
        this.edition = edition;
        return this;
    }

    /** Text before the first section heading (title block, legal basis, 统计期限 statement). */
    public String preamble() {
        return preamble;
    }

    public AnnualReport preamble(String preamble) {
        this.preamble = preamble == null ? "" : preamble;
        return this;
    }

    public Table2 table2() {
        return table2;
    }

    public AnnualReport table2(Table2 table2) {
        this.table2 = table2;
        return this;
    }

    public Table3 table3() {
        return table3;
    }

    public AnnualReport table3(Table3 table3) {
        this.table3 = table3;
        return this;
    }

    public Table4 table4() {
        return table4;
    }

    public AnnualReport table4(Table4 table4) {
        this.table4 = table4;
        return this;
    }

    /** The sections found or expected, in order; see {@link Section#present()}. */
    public List<Section> sections() {
        return sections;
    }

    public AnnualReport sections(List<Section> sections) {
        this.sections.clear();
        this.sections.addAll(sections);
        return this;
    }

    /** The section with this number (1–6), or null. */
    public Section section(int number) {
        for (Section s : sections) {
            if (s.number() == number) {
                return s;
            }
        }
        return null;
    }

    /** All narrative text: the preamble and every section's text, in order. */
    public String narrative() {
        StringBuilder sb = new StringBuilder(preamble);
        for (Section s : sections) {
            sb.append('\n').append(s.text());
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AnnualReport r
                && Objects.equals(title, r.title)
                && Objects.equals(agency, r.agency)
                && Objects.equals(year, r.year)
                && edition == r.edition
                && Objects.equals(preamble, r.preamble)
                && Objects.equals(table2, r.table2)
                && Objects.equals(table3, r.table3)
                && Objects.equals(table4, r.table4)
                && sections.equals(r.sections);
    }

    @Override
    public int hashCode() {
        return Objects.hash(agency, year, edition);
    }

    @Override
    public String toString() {
        return "AnnualReport{" + agency + ", " + year + ", edition " + (edition == null ? null : edition.code()) + ", "
                + table2 + ", " + table3 + ", " + table4 + ", sections " + sections + "}";
    }
}
