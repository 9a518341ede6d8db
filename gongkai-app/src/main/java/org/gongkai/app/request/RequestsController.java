package org.gongkai.app.request;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.gongkai.app.agency.api.StaffDirectory;
import org.gongkai.app.calendar.api.ChineseDates;
import org.gongkai.app.calendar.api.WorkingDayCalendar;
import org.gongkai.app.system.api.GongkaiUser;
import org.gongkai.app.system.api.Permission;
import org.springframework.context.MessageSource;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /office/requests}: the disclosure office's applications — the lists (all by due day, due within five
 * working days, overdue, waiting on the applicant, consulting, concluded), registering one that came by
 * letter, in person, by fax or by e-mail, one request's page with its timeline and the forms of exactly the
 * steps its state allows, and those steps ({@code POST /office/requests/{id}/steps/{step}}). Own agency only;
 * another agency's request is 404.
 */
@Controller
@RequestMapping("/office/requests")
class RequestsController {
    /** The lists of the requests page ({@code ?list=}). */
    enum View {
        ALL(r -> true),
        DUE_SOON(r -> false),
        OVERDUE(Row::overdue),
        AWAITING_APPLICANT(r -> r.request().state() == RequestState.AWAITING_CLARIFICATION
                || r.request().state() == RequestState.AWAITING_PAYMENT),
        CONSULTING(r -> r.request().state() == RequestState.CONSULTING),
        CONCLUDED(r -> r.request().state().concluded());

        private final Predicate<Row> filter;

        View(Predicate<Row> filter) {
            this.filter = filter;
        }

        /** The query value, e.g. {@code dueSoon}. */
        public String param() {
            String[] words = name().toLowerCase(Locale.ROOT).split("_");
            StringBuilder s = new StringBuilder(words[0]);
            for (int i = 1; i < words.length; i++) {
                s.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
            }
            return s.toString();
        }

        static View of(String param) {
            return Arrays.stream(values())
                    .filter(v -> v.param().equals(param))
                    .findFirst()
                    .orElse(ALL);
        }
    }

    private static final EnumSet<RequestState> CLOCK_RUNNING =
            EnumSet.of(RequestState.IN_PROCESS, RequestState.CONSULTING, RequestState.AWAITING_PAYMENT);

    private final DisclosureRequests requests;
    private final RegisterRequest registerRequest;
    private final WorkingDayCalendar calendar;
    private final StaffDirectory staffDirectory;
    private final Clock clock;
    private final MessageSource messages;
    private final RequestClarification requestClarification;
    private final ReceiveCorrection receiveCorrection;
    private final LapseClarification lapseClarification;
    private final StartConsultation startConsultation;
    private final EndConsultation endConsultation;
    private final ExtendDeadline extendDeadline;
    private final SendFeeNotice sendFeeNotice;
    private final RecordPayment recordPayment;
    private final LapsePayment lapsePayment;
    private final AnswerRequest answerRequest;

    RequestsController(
            DisclosureRequests requests,
            RegisterRequest registerRequest,
            WorkingDayCalendar calendar,
            StaffDirectory staffDirectory,
            Clock clock,
            MessageSource messages,
            RequestClarification requestClarification,
            ReceiveCorrection receiveCorrection,
            LapseClarification lapseClarification,
            StartConsultation startConsultation,
            EndConsultation endConsultation,
            ExtendDeadline extendDeadline,
            SendFeeNotice sendFeeNotice,
            RecordPayment recordPayment,
            LapsePayment lapsePayment,
            AnswerRequest answerRequest) {
        this.requests = requests;
        this.registerRequest = registerRequest;
        this.calendar = calendar;
        this.staffDirectory = staffDirectory;
        this.clock = clock;
        this.messages = messages;
        this.requestClarification = requestClarification;
        this.receiveCorrection = receiveCorrection;
        this.lapseClarification = lapseClarification;
        this.startConsultation = startConsultation;
        this.endConsultation = endConsultation;
        this.extendDeadline = extendDeadline;
        this.sendFeeNotice = sendFeeNotice;
        this.recordPayment = recordPayment;
        this.lapsePayment = lapsePayment;
        this.answerRequest = answerRequest;
    }

    /**
     * A request as the lists show it: the working days left (negative: overdue by so many), whether it is
     * due within five working days, and the day the list's wait ends (the applicant's day while waiting on
     * them, the concluded day once concluded, otherwise the reply's due day).
     */
    record Row(DisclosureRequest request, int workingDaysLeft, boolean overdue, boolean dueSoon) {
        public LocalDate waitingUntil() {
            return switch (request.state()) {
                case AWAITING_CLARIFICATION -> request.clarificationDueOn();
                case AWAITING_PAYMENT -> request.paymentDueOn();
                default -> request.state().concluded() ? request.concludedOn() : request.dueOn();
            };
        }
    }

    /** What the request waits for and from whom: a message key and its arguments. */
    record Awaited(String messageKey, List<Object> arguments) {}

    @GetMapping
    String list(
            @AuthenticationPrincipal GongkaiUser me,
            @RequestParam(name = "list", required = false) String list,
            Model model) {
        LocalDate today = LocalDate.now(clock);
        View view = View.of(list);
        List<Row> all = requests.findByAgencyIdOrderByDueOnAscIdAsc(me.agencyId()).stream()
                .map(r -> row(r, today))
                .toList();
        Predicate<Row> filter = view == View.DUE_SOON ? Row::dueSoon : view.filter;
        model.addAttribute("rows", all.stream().filter(filter).toList());
        model.addAttribute("overdue", all.stream().filter(Row::overdue).count());
        model.addAttribute("view", view);
        model.addAttribute("views", View.values());
        return "request/requests";
    }

    /**
     * Table 3 of the agency for {@code year} (default: last year), counted from its requests in the year's
     * edition, with what the T3 rules found; a cell ({@code row}, {@code column}) lists the requests counted in it.
     */
    @GetMapping("/statistics")
    String statistics(
            @AuthenticationPrincipal GongkaiUser me,
            @RequestParam(name = "year", required = false) Integer year,
            @RequestParam(name = "row", required = false) String row,
            @RequestParam(name = "column", required = false) String column,
            Model model) {
        int thisYear = LocalDate.now(clock).getYear();
        int shown = year == null || year < FIRST_REPORT_YEAR || year > thisYear ? thisYear - 1 : year;
        Table3Statistics.Result result =
                Table3Statistics.of(shown, requests.findByAgencyIdOrderByDueOnAscIdAsc(me.agencyId()));
        model.addAttribute("result", result);
        model.addAttribute(
                "years",
                java.util.stream.IntStream.rangeClosed(FIRST_REPORT_YEAR, thisYear)
                        .boxed()
                        .sorted(java.util.Comparator.reverseOrder())
                        .toList());
        model.addAttribute("columns", org.gongkai.report.ApplicantColumn.values());
        org.gongkai.report.Table3Row cellRow = row == null ? null : org.gongkai.report.Table3Row.byKey(row);
        org.gongkai.report.ApplicantColumn cellColumn = Arrays.stream(org.gongkai.report.ApplicantColumn.values())
                .filter(c -> c.name().equals(column))
                .findFirst()
                .orElse(null);
        if (cellRow != null && cellColumn != null) {
            LocalDate today = LocalDate.now(clock);
            model.addAttribute("cellRow", cellRow);
            model.addAttribute("cellColumn", cellColumn);
            model.addAttribute(
                    "cellRows",
                    result.requestsIn(cellRow, cellColumn).stream()
                            .map(r -> row(r, today))
                            .toList());
        }
        return "request/statistics";
    }

    /** The first year of reports under the 2019 Regulations. */
    static final int FIRST_REPORT_YEAR = 2019;

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
        return page(me, load(me, id), model);
    }

    /** One step of the request: the form of {@code step} (its path, e.g. {@code request-clarification}). */
    @PostMapping("/{id}/steps/{step}")
    String step(
            @AuthenticationPrincipal GongkaiUser me,
            @PathVariable long id,
            @PathVariable String step,
            @ModelAttribute("stepForm") StepForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        DisclosureRequest.Step which = Arrays.stream(DisclosureRequest.Step.values())
                .filter(s -> s != DisclosureRequest.Step.REGISTER && path(s).equals(step))
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        load(me, id); // 404 before anything for another agency's request
        boolean done = !errors.hasErrors() && run(which, me, id, form, errors);
        if (done) {
            redirect.addFlashAttribute("done", which.name());
            return "redirect:/office/requests/" + id;
        }
        model.addAttribute(formName(which), form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + formName(which), errors);
        model.addAttribute("failed", which.name());
        DisclosureRequest request = load(me, id);
        if (!request.allowedSteps().contains(which)) {
            // the form is not on the page (another tab moved the request on): say why at the top
            model.addAttribute(
                    "refusals",
                    errors.getGlobalErrors().stream()
                            .map(e -> messages.getMessage(e, Locale.SIMPLIFIED_CHINESE))
                            .toList());
        }
        return page(me, request, model);
    }

    private boolean run(DisclosureRequest.Step step, GongkaiUser me, long id, StepForm form, BindingResult errors) {
        return switch (step) {
            case REQUEST_CLARIFICATION -> requestClarification.run(me, id, form, errors);
            case RECEIVE_CLARIFICATION -> receiveCorrection.run(me, id, form, errors);
            case LAPSE_CLARIFICATION -> lapseClarification.run(me, id, form, errors);
            case START_CONSULTATION -> startConsultation.run(me, id, form, errors);
            case END_CONSULTATION -> endConsultation.run(me, id, form, errors);
            case EXTEND -> extendDeadline.run(me, id, form, errors);
            case SEND_FEE_NOTICE -> sendFeeNotice.run(me, id, form, errors);
            case PAY_FEE -> recordPayment.run(me, id, form, errors);
            case LAPSE_PAYMENT -> lapsePayment.run(me, id, form, errors);
            case ANSWER -> answerRequest.run(me, id, form, errors);
            case REGISTER -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        };
    }

    private DisclosureRequest load(GongkaiUser me, long id) {
        return requests.findWithStepsByIdAndAgencyId(id, me.agencyId())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String page(GongkaiUser me, DisclosureRequest request, Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("row", row(request, today));
        model.addAttribute("awaited", awaited(request));
        List<String> allowed = request.allowedSteps().stream().map(Enum::name).toList();
        model.addAttribute("allowed", allowed);
        for (DisclosureRequest.Step step : request.allowedSteps()) {
            if (!model.containsAttribute(formName(step))) {
                StepForm blank = new StepForm();
                blank.setOn(today);
                model.addAttribute(formName(step), blank);
            }
        }
        model.addAttribute(
                "paths",
                Arrays.stream(DisclosureRequest.Step.values())
                        .collect(java.util.stream.Collectors.toMap(Enum::name, RequestsController::path)));
        model.addAttribute("clarificationNoticeDue", request.clarificationNoticeDue(calendar));
        model.addAttribute("outcomes", Outcome.offeredOn(today));
        model.addAttribute("legalGrounds", LegalGround.values());
        model.addAttribute("withholdingGrounds", org.gongkai.app.letter.api.WithholdingGround.values());
        model.addAttribute("consultationKinds", ConsultationKind.values());
        model.addAttribute("feeBases", StepForm.FeeBasis.values());
        model.addAttribute("approvers", staffDirectory.peopleWhoMay(me.agency(), Permission.APPROVE_EXTENSIONS));
        model.addAttribute("maxExtension", DisclosureRequest.MAX_EXTENSION_WORKING_DAYS);
        return "request/request";
    }

    /** {@code REQUEST_CLARIFICATION} → {@code request-clarification}. */
    static String path(DisclosureRequest.Step step) {
        return step.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** {@code REQUEST_CLARIFICATION} → the model attribute {@code requestClarificationForm}. */
    static String formName(DisclosureRequest.Step step) {
        String[] words = step.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder s = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            s.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return s.append("Form").toString();
    }

    private static Awaited awaited(DisclosureRequest r) {
        return switch (r.state()) {
            case IN_PROCESS -> new Awaited("request.awaited.answer", List.of(day(r.dueOn())));
            case AWAITING_CLARIFICATION ->
                new Awaited("request.awaited.clarification", List.of(day(r.clarificationDueOn())));
            case CONSULTING ->
                new Awaited(
                        "request.awaited.consultation",
                        List.of(r.consultedParty() == null ? "" : r.consultedParty(), day(r.consultationStartedOn())));
            case AWAITING_PAYMENT ->
                new Awaited(
                        "request.awaited.payment",
                        List.of(String.valueOf(r.feeAmount() == null ? 0L : r.feeAmount()), day(r.paymentDueOn())));
            default -> new Awaited("request.awaited.none", List.of(day(r.concludedOn())));
        };
    }

    private static String day(LocalDate date) {
        return ChineseDates.format(date);
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
        boolean dueSoon = !overdue
                && CLOCK_RUNNING.contains(request.state())
                && left <= RequestNotices.SOON_WORKING_DAYS
                && !request.dueOn().isBefore(today);
        return new Row(request, left, overdue, dueSoon);
    }
}
