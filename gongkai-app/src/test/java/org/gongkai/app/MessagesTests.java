package org.gongkai.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Every user-visible string lives in the message bundles (style.md habit 9), in Simplified Chinese first:
 *
 * <ul>
 *   <li>no template shows text of its own: a text node, or a {@code title}, {@code alt}, {@code placeholder},
 *       {@code aria-label} or visible {@code value} attribute, with a Chinese character or a Latin letter is hard-coded
 *       unless Thymeleaf replaces it ({@code th:text}, {@code th:utext}, {@code th:replace}, {@code th:insert},
 *       {@code th:errors}, {@code th:remove} or {@code sec:authentication} on the element or an ancestor; {@code th:title}, {@code th:attr}… for an attribute) — so
 *       natural-template placeholders such as {@code <h1 th:text="#{x}">x</h1>} are fine;
 *   <li>every key a template names ({@code #{key}}, {@code #messages.msg('key')}) and every key Java code hands to the
 *       message source ({@code getMessage("key"…)}, {@code rejectValue(field, "key"…)}, {@code reject("key"…)},
 *       {@code message = "{key}"} of a constraint, {@code new …Alert("key"…)}) is in a bundle;
 *   <li>a second language ({@code calendar_en.properties}, …) has exactly the keys of the default file;
 *   <li>no key is defined in two bundles (which one wins would depend on the order of the basenames), and no message
 *       with arguments holds a lone apostrophe (MessageFormat would swallow it).
 * </ul>
 *
 * Each failure names the file, the line and the text.
 */
class MessagesTests {

    static final Path RESOURCES = Path.of("src/main/resources");
    static final Path TEMPLATES = RESOURCES.resolve("templates");
    static final Path JAVA = Path.of("src/main/java");

    static final Pattern LETTER = Pattern.compile("[\\p{IsHan}\\p{IsLatin}]");
    static final Pattern INLINE_EXPRESSION = Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]", Pattern.DOTALL);
    static final Set<String> VISIBLE_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label", "value");
    static final Set<String> BODY_REPLACING =
            Set.of("text", "utext", "replace", "insert", "include", "remove", "errors");
    static final Set<String> INVISIBLE_VALUE_INPUTS = Set.of("hidden", "checkbox", "radio");
    static final Pattern TEMPLATE_KEY =
            Pattern.compile("#\\{\\s*([A-Za-z][\\w.\\-]*)|#messages\\.(?:msg|msgWithParams|msgOrNull)\\(\\s*'([^']+)'");
    static final Pattern KEY_SHAPE = Pattern.compile("[A-Za-z][\\w\\-]*(\\.[\\w\\-]+)+");
    static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    static final Pattern CONSTRAINT_MESSAGE = Pattern.compile("message\\s*=\\s*\"\\{([^}\"]+)}\"");
    /** Calls whose argument (by index) is a message code. */
    static final Map<Pattern, Integer> KEY_CALLS = Map.of(
            Pattern.compile("\\bgetMessage\\("), 0,
            Pattern.compile("\\.rejectValue\\("), 1,
            Pattern.compile("\\.reject\\("), 0,
            Pattern.compile("\\bnew\\s+\\w*Alert\\("), 0);

    @Test
    void templatesHaveNoHardCodedText() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path template : files(TEMPLATES, ".html")) {
            String source = Files.readString(template, StandardCharsets.UTF_8);
            Document doc = Jsoup.parse(source, "", Parser.htmlParser().setTrackPosition(true));
            for (Element element : doc.getAllElements()) {
                checkAttributes(template, source, element, problems);
                if (replacedByThymeleaf(element) || isCode(element)) {
                    continue;
                }
                for (Node child : element.childNodes()) {
                    if (child instanceof TextNode text) {
                        String visible = INLINE_EXPRESSION
                                .matcher(text.getWholeText())
                                .replaceAll("")
                                .strip();
                        if (LETTER.matcher(visible).find()) {
                            problems.add(where(template, source, text, visible) + "hard-coded text “" + visible + "”");
                        }
                    }
                }
            }
        }
        assertThat(problems)
                .as(
                        "Text in templates must come from the message bundles (#{key} with th:text or th:attr):%n%s",
                        String.join(System.lineSeparator(), problems))
                .isEmpty();
    }

    @Test
    void everyKeyUsedIsInTheBundles() throws IOException {
        Map<String, Properties> bundles = defaultBundles();
        Set<String> known = new TreeSet<>();
        bundles.values().forEach(p -> known.addAll(p.stringPropertyNames()));
        List<String> problems = new ArrayList<>();
        for (Path template : files(TEMPLATES, ".html")) {
            String source = Files.readString(template, StandardCharsets.UTF_8);
            Matcher m = TEMPLATE_KEY.matcher(source);
            while (m.find()) {
                String key = m.group(1) != null ? m.group(1) : m.group(2);
                if (!known.contains(key)) {
                    problems.add(template + ":" + lineOf(source, m.start()) + ": key “" + key + "” is in no bundle");
                }
            }
        }
        for (Path java : files(JAVA, ".java")) {
            String source = Files.readString(java, StandardCharsets.UTF_8);
            for (Map.Entry<Integer, String> used : javaKeys(source).entrySet()) {
                if (!known.contains(used.getValue())) {
                    problems.add(java + ":" + lineOf(source, used.getKey()) + ": key “" + used.getValue()
                            + "” is in no bundle");
                }
            }
        }
        assertThat(problems)
                .as("Keys missing from %s:%n%s", bundles.keySet(), String.join(System.lineSeparator(), problems))
                .isEmpty();
    }

    @Test
    void everyLanguageHasTheKeysOfTheDefault() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String basename : basenames()) {
            Path base = RESOURCES.resolve(basename + ".properties");
            Set<String> expected = load(base).stringPropertyNames();
            String prefix = base.getFileName().toString().replace(".properties", "_");
            try (Stream<Path> siblings = Files.list(base.getParent())) {
                for (Path language : siblings.filter(
                                p -> p.getFileName().toString().startsWith(prefix))
                        .filter(p -> p.toString().endsWith(".properties"))
                        .sorted()
                        .toList()) {
                    Set<String> actual = load(language).stringPropertyNames();
                    new TreeSet<>(expected)
                            .stream()
                                    .filter(k -> !actual.contains(k))
                                    .forEach(k -> problems.add(language + ": missing “" + k + "” (in " + base + ")"));
                    new TreeSet<>(actual)
                            .stream()
                                    .filter(k -> !expected.contains(k))
                                    .forEach(k -> problems.add(language + ":" + lineOfKey(language, k) + ": “" + k
                                            + "” is not in " + base));
                }
            }
        }
        assertThat(problems).as(String.join(System.lineSeparator(), problems)).isEmpty();
    }

    @Test
    void noKeyIsDefinedTwiceAndNoMessageLosesAnApostrophe() throws IOException {
        List<String> problems = new ArrayList<>();
        Map<String, Path> firstDefinition = new TreeMap<>();
        for (Map.Entry<String, Properties> bundle : defaultBundles().entrySet()) {
            Path file = RESOURCES.resolve(bundle.getKey() + ".properties");
            for (String key : new TreeSet<>(bundle.getValue().stringPropertyNames())) {
                Path earlier = firstDefinition.putIfAbsent(key, file);
                if (earlier != null) {
                    problems.add(file + ":" + lineOfKey(file, key) + ": “" + key + "” is also defined in " + earlier);
                }
                String value = bundle.getValue().getProperty(key);
                if (value.matches("(?s).*\\{\\d.*") && value.replace("''", "").contains("'")) {
                    problems.add(file + ":" + lineOfKey(file, key) + ": “" + key
                            + "” has arguments and a single ' (write '' for an apostrophe)");
                }
            }
        }
        assertThat(problems).as(String.join(System.lineSeparator(), problems)).isEmpty();
    }

    @Test
    void findsTheKeysJavaHandsToTheMessageSource() {
        String java = """
                String s = messages.getMessage(replaced ? "a.replaced" : "a.loaded", new Object[] {"not.a.key"}, locale);
                errors.rejectValue("nested.field", e.lineNumber() > 0 ? "k.line" : "k.file", new Object[] {f(")")}, null);
                errors.reject("k.global");
                @NotNull(message = "{k.constraint}")
                alerts.add(new CalendarAlert("k.alert", List.of("2027")));
                """;

        assertThat(javaKeys(java).values())
                .containsExactlyInAnyOrder(
                        "a.replaced", "a.loaded", "k.line", "k.file", "k.global", "k.constraint", "k.alert");
    }

    // --- templates -----------------------------------------------------------------------------------------------

    private static void checkAttributes(Path template, String source, Element element, List<String> problems) {
        for (Attribute attribute : element.attributes()) {
            String name = attribute.getKey().toLowerCase();
            if (!VISIBLE_ATTRIBUTES.contains(name)
                    || !LETTER.matcher(attribute.getValue()).find()) {
                continue;
            }
            if (name.equals("value")
                    && (!element.normalName().equals("input")
                            || INVISIBLE_VALUE_INPUTS.contains(
                                    element.attr("type").toLowerCase()))) {
                continue; // not shown to the reader
            }
            if (replacedAttribute(element, name)) {
                continue;
            }
            problems.add(
                    where(template, source, element, attribute.html()) + "hard-coded attribute " + attribute.html());
        }
    }

    private static boolean replacedAttribute(Element element, String name) {
        if (element.hasAttr("th:" + name) || element.hasAttr("data-th-" + name)) {
            return true;
        }
        if (name.equals("value") && (element.hasAttr("th:field") || element.hasAttr("data-th-field"))) {
            return true;
        }
        if (name.equals("title") && element.hasAttr("th:alt-title")
                || name.equals("alt") && element.hasAttr("th:alt-title")) {
            return true;
        }
        for (String attr : List.of("th:attr", "data-th-attr", "th:attrappend", "th:attrprepend")) {
            if (element.hasAttr(attr)
                    && Pattern.compile("(^|,)\\s*" + Pattern.quote(name) + "\\s*=")
                            .matcher(element.attr(attr))
                            .find()) {
                return true;
            }
        }
        return false;
    }

    // th:text and its kin replace the whole body; th:replace/th:insert/th:remove the element or its body
    private static boolean replacedByThymeleaf(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            for (String processor : BODY_REPLACING) {
                if (e.hasAttr("th:" + processor) || e.hasAttr("data-th-" + processor)) {
                    if (processor.equals("remove")
                            && e.attr("th:remove").strip().equals("tag")) {
                        continue; // the tag goes, its body stays
                    }
                    return true;
                }
            }
            if (e.hasAttr("sec:authentication")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCode(Element element) {
        return element.normalName().equals("script") || element.normalName().equals("style");
    }

    // the line of the text itself: a text node starts with its leading whitespace, an attribute may be on a later line
    private static String where(Path file, String source, Node node, String text) {
        int from = node.sourceRange().isTracked() ? node.sourceRange().start().pos() : 0;
        int at = source.indexOf(text, from);
        if (at < 0) {
            at = source.indexOf(text);
        }
        return file + ":" + (at < 0 ? 0 : lineOf(source, at)) + ": ";
    }

    // --- Java ----------------------------------------------------------------------------------------------------

    /** The message codes a Java source hands to the message source, by offset. */
    static Map<Integer, String> javaKeys(String source) {
        Map<Integer, String> keys = new LinkedHashMap<>();
        Matcher constraint = CONSTRAINT_MESSAGE.matcher(source);
        while (constraint.find()) {
            keys.put(constraint.start(1), constraint.group(1));
        }
        for (Map.Entry<Pattern, Integer> call : KEY_CALLS.entrySet()) {
            Matcher m = call.getKey().matcher(source);
            while (m.find()) {
                List<int[]> arguments = arguments(source, m.end());
                if (arguments.size() <= call.getValue()) {
                    continue;
                }
                int[] argument = arguments.get(call.getValue());
                Matcher literal = STRING_LITERAL.matcher(source).region(argument[0], argument[1]);
                while (literal.find()) {
                    if (KEY_SHAPE.matcher(literal.group(1)).matches()) {
                        keys.put(literal.start(1), literal.group(1));
                    }
                }
            }
        }
        return keys;
    }

    /** The [start, end) offsets of the top-level arguments of the call whose "(" ends just before {@code from}. */
    static List<int[]> arguments(String source, int from) {
        List<int[]> arguments = new ArrayList<>();
        int depth = 0;
        int start = from;
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '"') {
                i = endOfString(source, i);
            } else if (c == '\'') {
                i = source.indexOf('\'', i + (source.charAt(i + 1) == '\\' ? 3 : 2));
            } else if (c == '(' || c == '{' || c == '[') {
                depth++;
            } else if (c == ')' || c == '}' || c == ']') {
                if (depth == 0) {
                    arguments.add(new int[] {start, i});
                    return arguments;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                arguments.add(new int[] {start, i});
                start = i + 1;
            }
        }
        return arguments;
    }

    private static int endOfString(String source, int quote) {
        if (source.startsWith("\"\"\"", quote)) {
            int end = source.indexOf("\"\"\"", quote + 3);
            return end < 0 ? source.length() : end + 2;
        }
        for (int i = quote + 1; i < source.length(); i++) {
            if (source.charAt(i) == '\\') {
                i++;
            } else if (source.charAt(i) == '"') {
                return i;
            }
        }
        return source.length();
    }

    // --- bundles -------------------------------------------------------------------------------------------------

    /** The basenames of spring.messages.basename, in order, e.g. {@code i18n/messages}. */
    static List<String> basenames() {
        String value = load(RESOURCES.resolve("application.properties")).getProperty("spring.messages.basename");
        assertThat(value)
                .as("spring.messages.basename in application.properties")
                .isNotBlank();
        return Stream.of(value.split(",")).map(String::strip).toList();
    }

    static Map<String, Properties> defaultBundles() {
        Map<String, Properties> bundles = new LinkedHashMap<>();
        for (String basename : basenames()) {
            Path file = RESOURCES.resolve(basename + ".properties");
            assertThat(file).as("bundle of basename " + basename).exists();
            bundles.put(basename, load(file));
        }
        return bundles;
    }

    static Properties load(Path file) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
        return properties;
    }

    private static int lineOfKey(Path file, String key) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.startsWith(key + "=") || line.startsWith(key + " ") || line.startsWith(key + ":")) {
                    return i + 1;
                }
            }
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int lineOf(String source, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < source.length(); i++) {
            if (source.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
