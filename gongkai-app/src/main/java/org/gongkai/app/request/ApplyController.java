package org.gongkai.app.request;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.gongkai.app.agency.api.AgencyDirectory;
import org.gongkai.app.agency.api.AgencySummary;
import org.gongkai.app.system.api.AgencyId;
import org.springframework.http.HttpStatus;
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
 * {@code /agencies/{agencyId}/apply}: the public application form of an agency (依申请公开, 条例第二十九条), for
 * anyone, no account. On success the page shows the tracking number and the access code — once: only the
 * code's hash is kept — and the due date; it is not cached. A refused application (a limit) answers 429; when too
 * many are registering at once ({@link RegistrationGate}), 503 with the form as filled in.
 */
@Controller
@RequestMapping("/agencies/{agencyId}/apply")
class ApplyController {
    private final AgencyDirectory agencies;
    private final ApplyOnline applyOnline;
    private final RegistrationGate gate;

    ApplyController(AgencyDirectory agencies, ApplyOnline applyOnline, RegistrationGate gate) {
        this.agencies = agencies;
        this.applyOnline = applyOnline;
        this.gate = gate;
    }

    @GetMapping
    String form(@PathVariable long agencyId, Model model) {
        model.addAttribute("form", new ApplicationForm());
        return formPage(agency(agencyId), model);
    }

    @PostMapping
    String apply(
            @PathVariable long agencyId,
            @ModelAttribute("form") ApplicationForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        AgencySummary agency = agency(agencyId);
        Optional<Optional<RegisterRequest.Registered>> turn =
                gate.through(() -> applyOnline.run(agency.id(), form, errors, request.getRemoteAddr()));
        if (turn.isEmpty()) {
            // not registered: the form again with what the applicant typed, and when to try again
            errors.reject("apply.busy");
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            response.setHeader("Retry-After", "30");
            return formPage(agency, model);
        }
        return turn.get()
                .map(registered -> {
                    response.setHeader("Cache-Control", "no-store");
                    model.addAttribute("agency", agency);
                    model.addAttribute("registered", registered.request());
                    model.addAttribute("accessCode", registered.accessCode());
                    return "request/applied";
                })
                .orElseGet(() -> {
                    if (errors.hasGlobalErrors()) {
                        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
                    }
                    return formPage(agency, model);
                });
    }

    private AgencySummary agency(long agencyId) {
        return agencies.find(new AgencyId(agencyId))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String formPage(AgencySummary agency, Model model) {
        model.addAttribute("agency", agency);
        model.addAttribute("applicantKinds", ApplicantKind.values());
        model.addAttribute("identityKinds", IdentityKind.values());
        model.addAttribute("informationForms", InformationForm.values());
        model.addAttribute("deliveryWays", DeliveryWay.values());
        return "request/apply";
    }
}
