package org.gongkai.app.agency;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.app.system.api.GongkaiUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /office/password}: any signed-in person changes their password (people with an initial one are sent here). */
@Controller
@RequestMapping("/office/password")
class PasswordController {
    private final ChangePassword changePassword;
    private final PasswordProperties policy;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    PasswordController(ChangePassword changePassword, PasswordProperties policy) {
        this.changePassword = changePassword;
        this.policy = policy;
    }

    @ModelAttribute("policy")
    PasswordProperties policy() {
        return policy;
    }

    @GetMapping
    String page(@AuthenticationPrincipal GongkaiUser me, Model model) {
        model.addAttribute("form", new PasswordForm());
        model.addAttribute("mustChange", me.mustChangePassword());
        return "agency/password";
    }

    @PostMapping
    String change(
            @AuthenticationPrincipal GongkaiUser me,
            @ModelAttribute("form") PasswordForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!changePassword.run(me, form, errors)) {
            form.clear();
            model.addAttribute("mustChange", me.mustChangePassword());
            return "agency/password";
        }
        // the session's principal no longer has to change the password
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        GongkaiUser changed = me.withPasswordChanged();
        UsernamePasswordAuthenticationToken refreshed =
                UsernamePasswordAuthenticationToken.authenticated(changed, null, changed.getAuthorities());
        refreshed.setDetails(current.getDetails());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(refreshed);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        redirect.addFlashAttribute("notice", "password.changed");
        return "redirect:/office";
    }
}
