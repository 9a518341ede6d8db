package org.gongkai.app.letter;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The font the PDF of a letter is set in, embedded (subset) in every PDF so that it reads the same on any
 * reader: a TrueType font ({@code .ttf}) or a collection ({@code .ttc}) with the named font. The default is
 * WenQuanYi Micro Hei of Debian's {@code fonts-wqy-microhei}, as {@code gongkai-report}'s PDF round trip uses.
 * (Noto CJK's {@code .ttc} holds CFF outlines, which PDFBox cannot embed as a Type 0 font.)
 *
 * <pre>
 * gongkai.letters.font-file=/usr/share/fonts/truetype/wqy/wqy-microhei.ttc
 * gongkai.letters.font-name=WenQuanYiMicroHei
 * </pre>
 */
@ConfigurationProperties("gongkai.letters")
record LetterProperties(
        @DefaultValue("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
        Path fontFile,

        @DefaultValue("WenQuanYiMicroHei") String fontName) {}
