package org.gongkai.app.catalog;

import java.util.List;

/**
 * Which 体裁分类 make an item a 规范性文件 (条例第二十条第（一）项; table 2's first block): "规范性文件" as the
 * demo and the 2019 format name it, "行政规范性文件" as the 2021 format does.
 */
final class NormativeGenres {
    static final List<String> NAMES = List.of("规范性文件", "行政规范性文件");

    private NormativeGenres() {}

    static boolean isNormative(String genre) {
        return genre != null && NAMES.contains(genre.strip());
    }
}
