package org.gongkai.app.request;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.app.calendar.api.WorkingDayCalendar;
import org.gongkai.app.system.api.GongkaiUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /office/requests}: the disclosure office's applications — the list by due day (overdue first, with
 * the working days left), registering one that came by letter, in person, by fax or by e-mail, and one
 * request's page. Own agency only; another agency's request is 404.
 */
@Controller
@RequestMapping("/office/requests")
class RequestsController {
    private final DisclosureRequests requests;
    private final RegisterRequest registerRequest;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    RequestsController(
            DisclosureRequests requests, RegisterRequest registerRequest, WorkingDayCalendar calendar, Clock clock) {
        this.requests = requests;
        this.registerRequest = registerRequest;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** A request as the list shows it: the working days left (negative: overdue by so many). */
    record Row(DisclosureRequest request, int workingDaysLeft, boolean overdue) {}

    @GetMapping
    String list(@AuthenticationPrincipal GongkaiUser me, Model model) {
        LocalDate today = LocalDate.now(clock);
        List<Row> rows = requests.findByAgencyIdOrderByDueOnAscIdAsc(me.agencyId()).stream()
                .map(r -> row(r, today))
                .toList();
        model.addAttribute("rows", rows);
        model.addAttribute("overdue", rows.stream().filter(Row::overdue).count());
        return "request/requests";
    }

    @GetMapping("/new")
    String newRequest(Model model) {
        RequestForm form = new RequestForm();
        form.setReceivedOn(LocalDate.now(clock));
        model.addAttribute("form", form);
        return formPage(model);
    }

    @PostMapping
    String register(
            @AuthenticationPrincipal GongkaiUser me,
            @ModelAttribute("form") RequestForm form,
            BindingResult errors,
            Model model) {
        return registerRequest
                .run(me, form, errors)
                .map(registered -> {
                    model.addAttribute("registered", registered.request());
                    model.addAttribute("accessCode", registered.accessCode());
                    return "request/registered";
                })
                .orElseGet(() -> formPage(model));
    }

    @GetMapping("/{id}")
    String show(@AuthenticationPrincipal GongkaiUser me, @PathVariable long id, Model model) {
        DisclosureRequest request = requests.findByIdAndAgencyId(id, me.agencyId())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("row", row(request, LocalDate.now(clock)));
        return "request/request";
    }

    private String formPage(Model model) {
        model.addAttribute("channels", Channel.values());
        model.addAttribute("applicantKinds", ApplicantKind.values());
        model.addAttribute("identityKinds", IdentityKind.values());
        return "request/request-form";
    }

    private Row row(DisclosureRequest request, LocalDate today) {
        boolean overdue = request.overdueOn(today);
        int left;
        if (overdue) {
            left = -calendar.workingDaysBetween(request.dueOn(), today).days();
        } else if (request.dueOn().isBefore(today)) {
            left = 0; // concluded, or waiting for the applicant's correction: no clock to show
        } else {
            left = calendar.workingDaysBetween(today, request.dueOn()).days();
        }
        return new Row(request, left, overdue);
    }
}
