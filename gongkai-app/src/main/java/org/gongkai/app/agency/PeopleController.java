package org.gongkai.app.agency;

import java.util.Map;
import java.util.stream.Collectors;
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
 * An agency administrator's people: list, create (initial password shown once), change, reset the
 * password, disable and enable. Own agency only; another agency's person is 404.
 */
@Controller
@RequestMapping("/office/people")
class PeopleController {
    private final People people;
    private final Departments departments;
    private final CreatePerson createPerson;
    private final ChangePerson changePerson;
    private final ResetPassword resetPassword;
    private final EnablePerson enablePerson;

    PeopleController(
            People people,
            Departments departments,
            CreatePerson createPerson,
            ChangePerson changePerson,
            ResetPassword resetPassword,
            EnablePerson enablePerson) {
        this.people = people;
        this.departments = departments;
        this.createPerson = createPerson;
        this.changePerson = changePerson;
        this.resetPassword = resetPassword;
        this.enablePerson = enablePerson;
    }

    @GetMapping
    String list(@AuthenticationPrincipal GongkaiUser me, Model model) {
        model.addAttribute("people", people.findByAgencyIdOrderByUsername(me.agencyId()));
        model.addAttribute("departmentNames", departmentNames(me));
        return "agency/people";
    }

    @GetMapping("/new")
    String newPerson(@AuthenticationPrincipal GongkaiUser me, Model model) {
        model.addAttribute("form", new PersonForm());
        return formPage(me, null, model);
    }

    @PostMapping
    String create(
            @AuthenticationPrincipal GongkaiUser me,
            @ModelAttribute("form") PersonForm form,
            BindingResult errors,
            Model model) {
        return createPerson
                .run(me, form, errors)
                .map(created -> passwordPage(me, created, false, model))
                .orElseGet(() -> formPage(me, null, model));
    }

    @GetMapping("/{id}")
    String edit(@AuthenticationPrincipal GongkaiUser me, @PathVariable long id, Model model) {
        Person person = people.findByIdAndAgencyId(id, me.agencyId()).orElseThrow(NotFound::new);
        PersonForm form = new PersonForm();
        form.setUsername(person.username());
        form.setDisplayName(person.displayName());
        form.setDepartmentId(person.departmentId());
        form.setRoles(person.roles());
        model.addAttribute("form", form);
        return formPage(me, person, model);
    }

    @PostMapping("/{id}")
    String change(
            @AuthenticationPrincipal GongkaiUser me,
            @PathVariable long id,
            @ModelAttribute("form") PersonForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (changePerson.run(me, id, form, errors)) {
            redirect.addFlashAttribute("changed", form.getDisplayName().strip());
            return "redirect:/office/people";
        }
        Person person = people.findByIdAndAgencyId(id, me.agencyId()).orElseThrow(NotFound::new);
        form.setUsername(person.username());
        return formPage(me, person, model);
    }

    @PostMapping("/{id}/password")
    String resetPassword(@AuthenticationPrincipal GongkaiUser me, @PathVariable long id, Model model) {
        return passwordPage(me, resetPassword.run(me, id), true, model);
    }

    @PostMapping("/{id}/disable")
    String disable(@AuthenticationPrincipal GongkaiUser me, @PathVariable long id, RedirectAttributes redirect) {
        if (enablePerson.run(me, id, false)) {
            redirect.addFlashAttribute("disabled", true);
        } else {
            redirect.addFlashAttribute("selfDisable", true);
        }
        return "redirect:/office/people";
    }

    @PostMapping("/{id}/enable")
    String enable(@AuthenticationPrincipal GongkaiUser me, @PathVariable long id, RedirectAttributes redirect) {
        enablePerson.run(me, id, true);
        redirect.addFlashAttribute("enabled", true);
        return "redirect:/office/people";
    }

    private String formPage(GongkaiUser me, Person person, Model model) {
        model.addAttribute("person", person);
        model.addAttribute("departments", departments.findByAgencyIdOrderByName(me.agencyId()));
        model.addAttribute(
                "grantableRoles", PersonRules.grantableBy(me).stream().sorted().toList());
        model.addAttribute(
                "keptRoles",
                person == null
                        ? java.util.List.<Role>of()
                        : person.roles().stream()
                                .filter(r -> !PersonRules.grantableBy(me).contains(r))
                                .sorted()
                                .toList());
        return "agency/person";
    }

    /** The one page that ever shows the one-time password: rendered in the POST's response, never stored. */
    private String passwordPage(GongkaiUser me, CreatePerson.Created created, boolean reset, Model model) {
        model.addAttribute("person", created.person());
        model.addAttribute("oneTimePassword", created.initialPassword());
        model.addAttribute("reset", reset);
        model.addAttribute("departmentNames", departmentNames(me));
        return "agency/person-password";
    }

    private Map<Long, String> departmentNames(GongkaiUser me) {
        return departments.findByAgencyIdOrderByName(me.agencyId()).stream()
                .collect(Collectors.toMap(Department::id, Department::name, (a, b) -> a, java.util.TreeMap::new));
    }
}
