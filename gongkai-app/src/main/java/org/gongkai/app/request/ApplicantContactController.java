package org.gongkai.app.request;

import org.gongkai.app.system.api.GongkaiUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An applicant's full contact details, for the disclosure office only: the request page shows them masked and
 * links here; the form asks why, and the answer page (never cached) shows them once, recorded.
 */
@Controller
@RequestMapping("/office/requests/{id}/contact")
class ApplicantContactController {
    private final ViewApplicantContact view;
    private final StepSupport support;

    ApplicantContactController(ViewApplicantContact view, StepSupport support) {
        this.view = view;
        this.support = support;
    }

    @GetMapping
    String form(@AuthenticationPrincipal GongkaiUser me, @PathVariable long id, Model model) {
        model.addAttribute("r", support.load(me, id));
        model.addAttribute("reason", "");
        return "request/contact";
    }

    @PostMapping
    String show(
            @AuthenticationPrincipal GongkaiUser me,
            @PathVariable long id,
            @RequestParam(name = "reason", required = false) String reason,
            Model model,
            jakarta.servlet.http.HttpServletResponse response) {
        String[] problem = new String[1];
        model.addAttribute("r", support.load(me, id));
        model.addAttribute("reason", reason == null ? "" : reason);
        view.run(me, id, reason, problem).ifPresent(contact -> model.addAttribute("contact", contact));
        model.addAttribute("problem", problem[0]);
        response.setHeader("Cache-Control", "no-store");
        return "request/contact";
    }
}
