package org.gongkai.app.catalog;

import org.gongkai.app.agency.api.AgencyDirectory;
import org.gongkai.app.system.api.GongkaiUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The agency administrator edits the agency's 政府信息公开指南 (条例第十二条); the portal shows it at
 * {@code /agencies/{id}/guide}. Own agency only.
 */
@Controller
class GuideController {
    private final Guides guides;
    private final EditGuide editGuide;
    private final AgencyDirectory agencies;

    GuideController(Guides guides, EditGuide editGuide, AgencyDirectory agencies) {
        this.guides = guides;
        this.editGuide = editGuide;
        this.agencies = agencies;
    }

    @GetMapping("/office/catalog/guide")
    String edit(@AuthenticationPrincipal GongkaiUser me, Model model) {
        model.addAttribute("form", GuideForm.of(guides.findById(me.agencyId()).orElse(null)));
        return page(me, model);
    }

    @PostMapping("/office/catalog/guide")
    String save(
            @AuthenticationPrincipal GongkaiUser me,
            @ModelAttribute("form") GuideForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors() && editGuide.run(me, form, errors)) {
            redirect.addFlashAttribute("saved", true);
            return "redirect:/office/catalog/guide";
        }
        return page(me, model);
    }

    private String page(GongkaiUser me, Model model) {
        model.addAttribute("agency", agencies.find(me.agency()).orElseThrow(NotFound::new));
        return "catalog/guide-form";
    }
}
