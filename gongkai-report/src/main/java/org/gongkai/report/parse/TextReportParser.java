package org.gongkai.report.parse;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.report.SourcePosition;

/** Reads an annual report from plain text: cuts it into {@link GridLine}s for the {@link ReportAssembler}. */
public final class TextReportParser {
    private TextReportParser() {}

    /** Cuts plain text into lines of cells; {@code page} is recorded in each position when given. */
    public static List<GridLine> lines(String text, Integer page) {
        List<GridLine> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        String[] raw = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < raw.length; i++) {
            if (!raw[i].isBlank()) {
                out.add(new GridLine(List.of(raw[i].split("\\|", -1)), new SourcePosition(page, i + 1), false));
            }
        }
        return out;
    }

    /** Parses plain text into a report; never throws. */
    public static ParsedReport parse(String text) {
        return ReportAssembler.assemble(lines(text, null));
    }
}
