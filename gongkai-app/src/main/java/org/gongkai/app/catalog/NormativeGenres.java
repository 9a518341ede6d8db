package org.gongkai.app.catalog;

import java.util.List;
import java.util.stream.Stream;

/**
 * Which 体裁分类 put an item in the register of 条例第二十条第（一）项 (table 2's first block): 规章, and the
 * 规范性文件 — "规范性文件" as the demo and the 2019 format name them, "行政规范性文件" as the 2021 format does.
 * Both kinds have a validity that the office records (有效, 废止, 失效) and rows of their own in the table.
 */
final class NormativeGenres {
    /** 规范性文件 under either edition's name. */
    static final List<String> NAMES = List.of("规范性文件", "行政规范性文件");

    /** 规章 (部门规章、地方政府规章), made only by the bodies the 立法法 empowers; most agencies have none. */
    static final List<String> RULES = List.of("规章");

    /** Every genre of the register. */
    static final List<String> REGISTER =
            Stream.concat(RULES.stream(), NAMES.stream()).toList();

    private NormativeGenres() {}

    /** Whether an item of {@code genre} is in the register (a 规章 or a 规范性文件). */
    static boolean inRegister(String genre) {
        return genre != null && REGISTER.contains(genre.strip());
    }
}
