package org.gongkai.app.agency;

import java.util.List;
import org.gongkai.app.system.api.GongkaiUser;
import org.gongkai.app.system.api.Role;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /office/platform/agencies}: the platform administrator lists, adds and corrects agencies and
 * supervising offices, and brings an agency on board with its administrator (one-time password shown
 * once). An unknown id is 404.
 */
@Controller
@RequestMapping("/office/platform/agencies")
class AgenciesController {
    private final Agencies agencies;
    private final People people;
    private final CreateAgency createAgency;
    private final EditAgency editAgency;
    private final AppointAgencyAdministrator appointAdministrator;

    AgenciesController(
            Agencies agencies,
            People people,
            CreateAgency createAgency,
            EditAgency editAgency,
            AppointAgencyAdministrator appointAdministrator) {
        this.agencies = agencies;
        this.people = people;
        this.createAgency = createAgency;
        this.editAgency = editAgency;
        this.appointAdministrator = appointAdministrator;
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
            @AuthenticationPrincipal GongkaiUser me,
            @ModelAttribute("form") AgencyForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return createAgency
                .run(me, form, errors)
                .map(created -> created.administrator()
                        .map(admin -> administratorPage(created.agency(), admin, created.warnings(), model))
                        .orElseGet(() -> {
                            redirect.addFlashAttribute("saved", created.agency().name());
                            redirect.addFlashAttribute("warnings", created.warnings());
                            return "redirect:/office/platform/agencies";
                        }))
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
            @AuthenticationPrincipal GongkaiUser me,
            @PathVariable long id,
            @ModelAttribute("form") AgencyForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return editAgency
                .run(me, id, form, errors)
                .map(warnings -> {
                    redirect.addFlashAttribute("saved", form.getName().strip());
                    redirect.addFlashAttribute("warnings", warnings);
                    return "redirect:/office/platform/agencies";
                })
                .orElseGet(() -> formPage(find(id), model));
    }

    /** Gives an existing agency (another) administrator; the one-time password is shown once. */
    @PostMapping("/{id}/administrators")
    String appoint(
            @AuthenticationPrincipal GongkaiUser me,
            @PathVariable long id,
            @ModelAttribute("administrator") AdministratorForm form,
            BindingResult errors,
            Model model) {
        Agency agency = agencies.findByIdAndKind(id, AgencyKind.AGENCY).orElseThrow(NotFound::new);
        return appointAdministrator
                .run(me, agency, form.getAdminUsername(), form.getAdminDisplayName(), errors)
                .map(created -> administratorPage(agency, created, List.of(), model))
                .orElseGet(() -> {
                    AgencyForm agencyForm = new AgencyForm();
                    agencyForm.setName(agency.name());
                    agencyForm.setShortName(agency.shortName());
                    agencyForm.setCreditCode(agency.creditCode());
                    agencyForm.setSupervisorId(agency.supervisorId());
                    model.addAttribute("form", agencyForm);
                    return formPage(agency, model);
                });
    }

    private Agency find(long id) {
        return agencies.findById(id).orElseThrow(NotFound::new);
    }

    private String formPage(Agency agency, Model model) {
        model.addAttribute("agency", agency);
        model.addAttribute("offices", agencies.findByKindOrderByName(AgencyKind.SUPERVISING_OFFICE));
        if (agency != null && !agency.isSupervisingOffice()) {
            model.addAttribute(
                    "administrators",
                    people.findByAgencyIdOrderByUsername(agency.id()).stream()
                            .filter(p -> p.roles().contains(Role.AGENCY_ADMIN))
                            .toList());
            if (!model.containsAttribute("administrator")) {
                model.addAttribute("administrator", new AdministratorForm());
            }
        }
        return "agency/agency";
    }

    /** The one page that shows the new administrator's one-time password: in the POST's response, never stored. */
    private String administratorPage(Agency agency, CreatePerson.Created created, List<String> warnings, Model model) {
        model.addAttribute("agency", agency);
        model.addAttribute("person", created.person());
        model.addAttribute("oneTimePassword", created.initialPassword());
        model.addAttribute("warnings", warnings);
        model.addAttribute("reset", false);
        model.addAttribute("administratorOf", agency.name());
        model.addAttribute("backPath", "/office/platform/agencies");
        model.addAttribute("backKey", "agency.backToList");
        return "agency/person-password";
    }
}
