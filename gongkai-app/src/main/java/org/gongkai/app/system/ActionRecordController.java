package org.gongkai.app.system;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.gongkai.app.system.api.GongkaiUser;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The record of actions for administrators (操作记录): a filtered, paged list (newest first), one
 * record with its before and after states, and the filtered rows as xlsx. Who sees what is
 * {@link ActionRecordScope}; a record outside it answers 404, as if it did not exist.
 */
@Controller
@RequestMapping("/office/actions")
class ActionRecordController {
    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ActionRecords records;
    private final ExportActionRecords export;
    private final ActionLabels labels;
    private final ActionValues values;
    private final MessageSource messages;
    private final Clock clock;

    ActionRecordController(
            ActionRecords records,
            ExportActionRecords export,
            ActionLabels labels,
            MessageSource messages,
            Clock clock,
            ActionValues values) {
        this.records = records;
        this.export = export;
        this.labels = labels;
        this.values = values;
        this.messages = messages;
        this.clock = clock;
    }

    /** A row as the page shows it. */
    /** A row as a person reads it: time, action and kind of subject in Chinese, before/after as labelled lines. */
    record Shown(ActionRecordRow row, String time, String action, String subject, String before, String after) {}

    /** A choice of the action filter. */
    record Choice(String code, String label) {}

    @GetMapping
    String list(
            @AuthenticationPrincipal GongkaiUser user,
            @ModelAttribute("filter") ActionRecordFilter filter,
            @RequestParam(defaultValue = "1") int page,
            Locale locale,
            Model model) {
        ActionRecordScope scope = scope(user);
        long total = records.count(scope, filter);
        int pages = (int) Math.max(1, (total + ActionRecords.PAGE_SIZE - 1) / ActionRecords.PAGE_SIZE);
        int current = Math.min(Math.max(page, 1), pages);
        List<Shown> rows = records.page(scope, filter, current).stream()
                .map(r -> show(r, locale))
                .toList();
        String query = filter.query();
        String base = "/office/actions?" + (query == null || query.isEmpty() ? "" : query + "&");
        model.addAttribute("rows", rows);
        model.addAttribute("total", total);
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
        model.addAttribute("previousUrl", current > 1 ? base + "page=" + (current - 1) : null);
        model.addAttribute("nextUrl", current < pages ? base + "page=" + (current + 1) : null);
        model.addAttribute(
                "exportUrl", "/office/actions/export" + (query == null || query.isEmpty() ? "" : "?" + query));
        model.addAttribute(
                "choices",
                records.actions(scope).stream()
                        .map(code -> new Choice(code, labels.action(code, locale)))
                        .toList());
        return "system/actions";
    }

    @GetMapping("/{id}")
    String show(@AuthenticationPrincipal GongkaiUser user, @PathVariable long id, Locale locale, Model model) {
        ActionRecordRow row =
                records.find(scope(user), id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("record", show(row, locale));
        return "system/action";
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(
            @AuthenticationPrincipal GongkaiUser user,
            @ModelAttribute("filter") ActionRecordFilter filter,
            Locale locale) {
        byte[] xlsx = export.export(scope(user), filter, user, locale);
        String name = messages.getMessage("actions.export.filename", null, locale) + "-"
                + LocalDate.now(clock).format(DateTimeFormatter.BASIC_ISO_DATE) + ".xlsx";
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name, UTF_8)
                                .build()
                                .toString())
                .body(xlsx);
    }

    private Shown show(ActionRecordRow row, Locale locale) {
        return new Shown(
                row,
                labels.time(row.occurredAt()),
                labels.action(row.action(), locale),
                values.subjectType(row.subjectType()),
                values.state(row.before()),
                values.state(row.after()));
    }

    private static ActionRecordScope scope(GongkaiUser user) {
        // SecurityConfiguration lets only these roles in; this is the second lock on the same door
        return ActionRecordScope.of(user).orElseThrow(() -> new AccessDeniedException("record of actions"));
    }
}
