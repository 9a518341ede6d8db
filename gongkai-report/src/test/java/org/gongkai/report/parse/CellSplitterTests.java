package org.gongkai.report.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.gongkai.report.Edition;
import org.gongkai.report.Table3Row;
import org.junit.jupiter.api.Test;

class CellSplitterTests {

    @Test
    void listsEveryWayToCutDigitsWithoutLeadingZeros() {
        List<List<String>> readings = CellSplitter.readings(List.of("8855698"), 3);
        assertThat(readings)
                .contains(List.of("88", "55", "698"))
                .allSatisfy(r -> assertThat(r).hasSize(3));
        assertThat(readings).noneMatch(r -> r.stream().anyMatch(p -> p.length() > 1 && p.startsWith("0")));
        assertThat(CellSplitter.readings(List.of("00"), 2)).containsExactly(List.of("0", "0"));
        assertThat(CellSplitter.readings(List.of("074"), 1)).isEmpty();
        assertThat(CellSplitter.readings(List.of("0000000"), 7))
                .containsExactly(List.of("0", "0", "0", "0", "0", "0", "0"));
    }

    @Test
    void spacesSignsAndUnitsAreCellBorders() {
        assertThat(CellSplitter.atoms(List.of("2648-18538"))).containsExactly("2648", "-18538");
        assertThat(CellSplitter.atoms(List.of("2笔984361元"))).containsExactly("2", "984361");
        assertThat(CellSplitter.atoms(List.of("20", "/", "121"))).containsExactly("20", "", "121");
        assertThat(CellSplitter.readings(CellSplitter.atoms(List.of("20", "0", "00", "0", "121")), 7))
                .contains(List.of("20", "0", "0", "0", "0", "1", "21"), List.of("20", "0", "0", "0", "0", "12", "1"));
        assertThat(CellSplitter.readings(List.of("12.5"), 2)).containsExactly(List.of("1", "2.5"));
    }

    @Test
    void theRowTotalDecidesARunTogetherRow() {
        // 平潭 2022 page.txt: 一、本年新收政府信息公开申请数量 713000074 is 71|3|0|0|0|0|74.
        List<Long[]> readings = CellSplitter.countReadings(CellSplitter.readings(List.of("713000074"), 7));
        assertThat(readings).hasSizeGreaterThan(1);
        Map<Table3Row, List<Long[]>> open = new EnumMap<>(Table3Row.class);
        open.put(Table3Row.NEW_RECEIVED, readings);
        var resolved = CellSplitter.resolveTable3(Map.of(), open, Edition.E2021);
        assertThat(resolved.get(Table3Row.NEW_RECEIVED))
                .singleElement()
                .satisfies(r -> assertThat(r).containsExactly(71L, 3L, 0L, 0L, 0L, 0L, 74L));
    }

    @Test
    void theTableBalanceDecidesWhatTheRowTotalCannot() {
        // 1|10|11 and 11|0|11 both satisfy the row total; only 11|0|11 balances with the other rows.
        Map<Table3Row, Long[]> fixed = new EnumMap<>(Table3Row.class);
        fixed.put(Table3Row.NEW_RECEIVED, new Long[] {11L, 0L, 0L, 0L, 0L, 0L, 11L});
        fixed.put(Table3Row.CARRIED_OVER, new Long[] {0L, 0L, 0L, 0L, 0L, 0L, 0L});
        fixed.put(Table3Row.CARRIED_FORWARD, new Long[] {0L, 0L, 0L, 0L, 0L, 0L, 0L});
        Long[] right = {11L, 0L, 0L, 0L, 0L, 0L, 11L};
        Long[] wrong = {1L, 10L, 0L, 0L, 0L, 0L, 11L};
        Map<Table3Row, List<Long[]>> open = new EnumMap<>(Table3Row.class);
        open.put(Table3Row.TOTAL, List.of(right, wrong));
        var resolved = CellSplitter.resolveTable3(fixed, open, Edition.E2019);
        assertThat(resolved.get(Table3Row.TOTAL)).singleElement().isEqualTo(right);
    }

    @Test
    void undecidedCellsStayOpen() {
        List<Long[]> readings = List.of(new Long[] {1L, 2L, 3L}, new Long[] {1L, 4L, 3L});
        assertThat(CellSplitter.agreed(readings)).containsExactly(1L, null, 3L);
        assertThat(CellSplitter.describe(readings)).isEqualTo("1|2|3；1|4|3");
    }
}
