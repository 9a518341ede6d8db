package org.gongkai.app.calendar;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.gongkai.app.calendar.api.WorkingDayDate;
import org.gongkai.app.system.api.GongkaiUser;
import org.gongkai.app.system.api.PlainText;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The platform administrator's calendar page ({@code /office/platform/calendar}, PLATFORM_ADMIN only by the security
 * configuration): the notice years and where their data comes from, the form that loads a notice, and a deadline
 * check that shows whether a date is 暂定.
 */
@Controller
@RequestMapping("/office/platform/calendar")
class CalendarAdminController {

    static final String VIEW = "calendar/admin";

    private final CalendarService calendar;
    private final LoadHolidayNotice loadHolidayNotice;
    private final Clock clock;
    private final CalendarAlerts alerts;

    CalendarAdminController(
            CalendarService calendar, LoadHolidayNotice loadHolidayNotice, Clock clock, CalendarAlerts alerts) {
        this.alerts = alerts;
        this.calendar = calendar;
        this.loadHolidayNotice = loadHolidayNotice;
        this.clock = clock;
    }

    @GetMapping
    String page(Model model) {
        LocalDate today = LocalDate.now(clock);
        NoticeForm notice = new NoticeForm();
        notice.setYear(today.getYear() + 1);
        DeadlineForm deadline = new DeadlineForm();
        deadline.setStart(today);
        model.addAttribute("notice", notice);
        model.addAttribute("deadline", deadline);
        return view(model);
    }

    @PostMapping("/notices")
    String load(
            @Valid @ModelAttribute("notice") NoticeForm notice,
            BindingResult errors,
            @AuthenticationPrincipal GongkaiUser user,
            Model model,
            RedirectAttributes redirect) {
        // the text is read even when another field is wrong, so that every error shows at once
        if (!errors.hasFieldErrors("year") && !errors.hasFieldErrors("text")) {
            try {
                HolidayFileParser.parseNotice(notice.getYear(), notice.getText());
            } catch (HolidayFileException e) {
                errors.rejectValue(
                        "text",
                        e.lineNumber() > 0 ? "calendar.notice.text.invalidLine" : "calendar.notice.text.invalid",
                        new Object[] {e.getMessage(), line(notice.getText(), e.lineNumber())},
                        e.getMessage());
            }
        }
        if (!errors.hasErrors()) {
            loadHolidayNotice.load(notice.getYear(), notice.getRegion(), notice.getSource(), notice.getText(), user);
            redirect.addFlashAttribute("loadedYear", String.valueOf(notice.getYear()));
            redirect.addFlashAttribute("loadedRegion", notice.getRegion());
            return "redirect:/office/platform/calendar";
        }
        DeadlineForm deadline = new DeadlineForm();
        deadline.setStart(LocalDate.now(clock));
        model.addAttribute("deadline", deadline);
        return view(model);
    }

    @GetMapping("/deadline")
    String deadline(@Valid @ModelAttribute("deadline") DeadlineForm deadline, BindingResult errors, Model model) {
        if (!errors.hasErrors()) {
            try {
                String region =
                        deadline.getRegion() == null || deadline.getRegion().isEmpty()
                                ? CalendarService.NATIONAL
                                : deadline.getRegion();
                WorkingDayDate due = calendar.forRegion(region).addWorkingDays(deadline.getStart(), deadline.getDays());
                model.addAttribute("due", due);
                model.addAttribute(
                        "dueYearsWithoutNotice",
                        due.yearsWithoutNotice().stream().map(String::valueOf).collect(Collectors.joining("、")));
            } catch (IllegalArgumentException e) {
                // a year before the first revision of 《全国年节及纪念日放假办法》 the calculator knows, and no notice
                errors.rejectValue("start", "calendar.deadline.start.unsupported");
            }
        }
        NoticeForm notice = new NoticeForm();
        notice.setYear(LocalDate.now(clock).getYear() + 1);
        model.addAttribute("notice", notice);
        return view(model);
    }

    private String view(Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("years", calendar.years(today));
        if (SecurityContextHolder.getContext().getAuthentication() != null
                && SecurityContextHolder.getContext().getAuthentication().getPrincipal() instanceof GongkaiUser me) {
            model.addAttribute("notices", alerts.noticesFor(me));
        }
        model.addAttribute(
                "missingYears",
                calendar.missingNoticeYears(today).stream().map(String::valueOf).collect(Collectors.joining("、")));
        return VIEW;
    }

    private static String line(String text, int lineNumber) {
        String[] lines = text == null ? new String[0] : text.split("\\R", -1);
        // an excerpt: the whole text stays in the form, the message only points at the line
        return lineNumber >= 1 && lineNumber <= lines.length
                ? PlainText.excerpt(lines[lineNumber - 1].strip(), 60)
                : "";
    }
}
