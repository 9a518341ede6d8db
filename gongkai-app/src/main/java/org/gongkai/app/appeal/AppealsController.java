package org.gongkai.app.appeal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gongkai.app.appeal.api.AppealKind;
import org.gongkai.app.appeal.api.AppealResult;
import org.gongkai.app.request.api.RequestDirectory;
import org.gongkai.app.system.api.GongkaiUser;
import org.gongkai.report.Finding;
import org.gongkai.report.Table4;
import org.gongkai.report.Table4Column;
import org.gongkai.report.Table4Group;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /office/appeals}: the disclosure office's reconsideration and litigation cases — the list (by year of
 * table 4, kind, pending; the drill-down of each table-4 cell), recording a case, one case's page with its
 * history where its result is recorded or corrected, and table 4 of a year with each cell linking to the
 * cases counted in it. Own agency only; another agency's case is 404.
 */
@Controller
@RequestMapping("/office/appeals")
class AppealsController {
    private final Appeals appeals;
    private final AppealHistory history;
    private final RecordAppeal recordAppeal;
    private final RecordResult recordResult;
    private final CorrectResult correctResult;
    private final JdbcAppealStatistics statistics;
    private final AppealNotices notices;
    private final RequestDirectory requests;
    private final Clock clock;

    AppealsController(
            Appeals appeals,
            AppealHistory history,
            RecordAppeal recordAppeal,
            RecordResult recordResult,
            CorrectResult correctResult,
            JdbcAppealStatistics statistics,
            AppealNotices notices,
            RequestDirectory requests,
            Clock clock) {
        this.appeals = appeals;
        this.history = history;
        this.recordAppeal = recordAppeal;
        this.recordResult = recordResult;
        this.correctResult = correctResult;
        this.statistics = statistics;
        this.notices = notices;
        this.requests = requests;
        this.clock = clock;
    }

    /** A case as the list shows it: whether it is pending past its statutory period, and its table-4 column. */
    record Row(Appeal appeal, boolean overdue, AppealResult counted) {}

    /** One value cell of table 4: the count and the list of the cases counted in it. */
    record Cell(Table4Group group, Table4Column column, long count, String href) {}

    @GetMapping
    String list(
            @AuthenticationPrincipal GongkaiUser me,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) AppealKind kind,
            @RequestParam(required = false) AppealResult result,
            @RequestParam(defaultValue = "false") boolean pending,
            Model model) {
        LocalDate today = LocalDate.now(clock);
        List<Appeal> all = appeals.findByAgencyIdOrderByFiledOnDescIdDesc(me.agencyId());
        List<Row> rows = new ArrayList<>();
        for (Appeal a : all) {
            AppealResult counted =
                    year == null ? null : Table4Tally.columnIn(year, a.facts()).orElse(null);
            // with a year, the result is the table-4 column the case counts in; without one, its result now
            AppealResult shownResult = year == null ? a.result() : counted;
            if ((year != null && counted == null)
                    || (result != null && shownResult != result)
                    || (kind != null && a.kind() != kind)
                    || (pending && a.result().decided())) {
                continue;
            }
            boolean overdue = !a.result().decided() && today.isAfter(notices.periodEnds(a));
            rows.add(new Row(a, overdue, counted));
        }
        model.addAttribute("rows", rows);
        model.addAttribute("year", year);
        model.addAttribute("kind", kind);
        model.addAttribute("result", result);
        model.addAttribute("pending", pending);
        model.addAttribute("years", years(all, today));
        model.addAttribute("kinds", AppealKind.values());
        model.addAttribute("results", AppealResult.values());
        return "appeal/appeals";
    }

    @GetMapping("/new")
    String newAppeal(Model model) {
        model.addAttribute("appealForm", new AppealForm());
        return formPage(model);
    }

    @PostMapping
    String record(
            @AuthenticationPrincipal GongkaiUser me,
            @ModelAttribute("appealForm") AppealForm form,
            BindingResult errors,
            Model model) {
        return recordAppeal
                .run(me, form, errors)
                .map(a -> "redirect:/office/appeals/" + a.id())
                .orElseGet(() -> formPage(model));
    }

    @GetMapping("/{id}")
    String show(@AuthenticationPrincipal GongkaiUser me, @PathVariable long id, Model model) {
        Appeal appeal = appeals.findByIdAndAgencyId(id, me.agencyId()).orElseThrow(NotFound::new);
        ResultForm form = new ResultForm();
        form.setResult(appeal.result().decided() ? appeal.result() : null);
        form.setDecidedOn(appeal.decidedOn());
        return casePage(me, appeal, form, model);
    }

    @PostMapping("/{id}/result")
    String recordResult(
            @AuthenticationPrincipal GongkaiUser me,
            @PathVariable long id,
            @ModelAttribute("resultForm") ResultForm form,
            BindingResult errors,
            Model model) {
        return recordResult
                .run(me, id, form, errors)
                .map(a -> "redirect:/office/appeals/" + a.id())
                .orElseGet(() -> casePage(
                        me, appeals.findByIdAndAgencyId(id, me.agencyId()).orElseThrow(NotFound::new), null, model));
    }

    @PostMapping("/{id}/correction")
    String correct(
            @AuthenticationPrincipal GongkaiUser me,
            @PathVariable long id,
            @ModelAttribute("correctionForm") ResultForm form,
            BindingResult errors,
            Model model) {
        return correctResult
                .run(me, id, form, errors)
                .map(a -> "redirect:/office/appeals/" + a.id())
                .orElseGet(() -> casePage(
                        me, appeals.findByIdAndAgencyId(id, me.agencyId()).orElseThrow(NotFound::new), null, model));
    }

    @GetMapping("/statistics")
    String statistics(
            @AuthenticationPrincipal GongkaiUser me, @RequestParam(required = false) Integer year, Model model) {
        LocalDate today = LocalDate.now(clock);
        int shown = year == null ? today.getYear() - 1 : year;
        Table4 table = statistics.table4(me.agency(), shown);
        List<Cell> cells = new ArrayList<>();
        for (Table4Group group : Table4Group.values()) {
            AppealKind kind = kindOf(group);
            for (Table4Column column : Table4Column.values()) {
                UriComponentsBuilder href = UriComponentsBuilder.fromPath("/office/appeals")
                        .queryParam("year", shown)
                        .queryParam("kind", kind.name());
                if (column != Table4Column.TOTAL) {
                    href.queryParam("result", resultOf(column).name());
                }
                cells.add(new Cell(group, column, table.get(group, column), href.toUriString()));
            }
        }
        List<Finding> findings = Table4Check.findings(shown, table);
        model.addAttribute("year", shown);
        model.addAttribute("years", years(appeals.findByAgencyIdOrderByFiledOnDescIdDesc(me.agencyId()), today));
        model.addAttribute("cells", cells);
        model.addAttribute("columns", Table4Column.values());
        model.addAttribute("findings", findings);
        model.addAttribute("rules", Table4Check.RULES.stream().map(r -> r.id()).toList());
        return "appeal/statistics";
    }

    private String formPage(Model model) {
        model.addAttribute("kinds", AppealKind.values());
        model.addAttribute("results", AppealResult.values());
        return "appeal/appeal-form";
    }

    /** The case's page; {@code form} fills the form not being re-shown with its errors (null: both kept). */
    private String casePage(GongkaiUser me, Appeal appeal, ResultForm form, Model model) {
        model.addAttribute("appeal", appeal);
        model.addAttribute(
                "overdue", !appeal.result().decided() && LocalDate.now(clock).isAfter(notices.periodEnds(appeal)));
        model.addAttribute("history", history.findByAppealIdOrderByOccurredAtAscIdAsc(appeal.id()));
        model.addAttribute(
                "request",
                appeal.requestId() == null
                        ? null
                        : requests.find(me.agency(), appeal.requestId()).orElse(null));
        if (!model.containsAttribute("resultForm")) {
            model.addAttribute("resultForm", form == null ? new ResultForm() : form);
        }
        if (!model.containsAttribute("correctionForm")) {
            model.addAttribute("correctionForm", form == null ? new ResultForm() : form);
        }
        model.addAttribute("decisions", List.of(AppealResult.UPHELD, AppealResult.CORRECTED, AppealResult.OTHER));
        model.addAttribute("results", AppealResult.values());
        return "appeal/appeal";
    }

    /** The years a list or table can be asked for: from the first case's (or this year) to this year, newest first. */
    private static List<Integer> years(List<Appeal> all, LocalDate today) {
        int first = all.stream().mapToInt(a -> a.filedOn().getYear()).min().orElse(today.getYear());
        List<Integer> years = new ArrayList<>();
        for (int y = today.getYear(); y >= Math.min(first, today.getYear() - 1); y--) {
            years.add(y);
        }
        return years;
    }

    private static final Map<Table4Group, AppealKind> KINDS = Map.of(
            Table4Group.RECONSIDERATION, AppealKind.RECONSIDERATION,
            Table4Group.LITIGATION_DIRECT, AppealKind.LITIGATION_DIRECT,
            Table4Group.LITIGATION_AFTER_RECONSIDERATION, AppealKind.LITIGATION_AFTER_RECONSIDERATION);

    private static AppealKind kindOf(Table4Group group) {
        return KINDS.get(group);
    }

    private static AppealResult resultOf(Table4Column column) {
        for (AppealResult r : AppealResult.values()) {
            if (r.column() == column) {
                return r;
            }
        }
        throw new IllegalArgumentException(column.name());
    }
}
