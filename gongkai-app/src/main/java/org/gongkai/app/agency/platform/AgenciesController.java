package org.gongkai.app.agency.platform;

import org.gongkai.app.agency.Agencies;
import org.gongkai.app.agency.Agency;
import org.gongkai.app.agency.AgencyKind;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /office/platform/agencies}: the platform administrator lists, adds and corrects agencies. */
@Controller
@RequestMapping("/office/platform/agencies")
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
class AgenciesController {
    private final Agencies agencies;
    private final CreateAgency createAgency;
    private final EditAgency editAgency;

    AgenciesController(Agencies agencies, CreateAgency createAgency, EditAgency editAgency) {
        this.agencies = agencies;
        this.createAgency = createAgency;
        this.editAgency = editAgency;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("offices", agencies.findByKindOrderByName(AgencyKind.SUPERVISING_OFFICE));
        model.addAttribute("agencies", agencies.findByKindOrderByName(AgencyKind.AGENCY));
        return "agency/agencies";
    }

    @GetMapping("/new")
    String newAgency(Model model) {
        AgencyForm form = new AgencyForm();
        var offices = agencies.findByKindOrderByName(AgencyKind.SUPERVISING_OFFICE);
        if (offices.size() == 1) {
            form.setSupervisorId(offices.get(0).id());
        }
        model.addAttribute("form", form);
        return formPage(null, model);
    }

    @PostMapping
    String create(
            @ModelAttribute("form") AgencyForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        return createAgency
                .run(form, errors)
                .map(created -> {
                    redirect.addFlashAttribute("saved", created.agency().name());
                    redirect.addFlashAttribute("warnings", created.warnings());
                    return "redirect:/office/platform/agencies";
                })
                .orElseGet(() -> formPage(null, model));
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        Agency agency = find(id);
        AgencyForm form = new AgencyForm();
        form.setName(agency.name());
        form.setShortName(agency.shortName());
        form.setCreditCode(agency.creditCode());
        form.setSupervisorId(agency.supervisorId());
        model.addAttribute("form", form);
        return formPage(agency, model);
    }

    @PostMapping("/{id}")
    String save(
            @PathVariable long id,
            @ModelAttribute("form") AgencyForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return editAgency
                .run(id, form, errors)
                .map(warnings -> {
                    redirect.addFlashAttribute("saved", form.getName().strip());
                    redirect.addFlashAttribute("warnings", warnings);
                    return "redirect:/office/platform/agencies";
                })
                .orElseGet(() -> formPage(find(id), model));
    }

    private Agency find(long id) {
        return agencies.findByIdAndKind(id, AgencyKind.AGENCY)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String formPage(Agency agency, Model model) {
        model.addAttribute("agency", agency);
        model.addAttribute("offices", agencies.findByKindOrderByName(AgencyKind.SUPERVISING_OFFICE));
        return "agency/agency";
    }
}
