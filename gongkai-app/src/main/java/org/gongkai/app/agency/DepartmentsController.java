package org.gongkai.app.agency;

import org.gongkai.app.system.api.GongkaiUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An agency administrator's departments: list, create, rename, name the disclosure office. Own agency only. */
@Controller
@RequestMapping("/office/departments")
class DepartmentsController {
    private final Departments departments;
    private final CreateDepartment createDepartment;
    private final RenameDepartment renameDepartment;
    private final MarkDisclosureOffice markDisclosureOffice;

    DepartmentsController(
            Departments departments,
            CreateDepartment createDepartment,
            RenameDepartment renameDepartment,
            MarkDisclosureOffice markDisclosureOffice) {
        this.departments = departments;
        this.createDepartment = createDepartment;
        this.renameDepartment = renameDepartment;
        this.markDisclosureOffice = markDisclosureOffice;
    }

    @GetMapping
    @Transactional(readOnly = true)
    String list(@AuthenticationPrincipal GongkaiUser me, Model model) {
        model.addAttribute("form", new DepartmentForm());
        return listPage(me, model);
    }

    @PostMapping
    String create(
            @AuthenticationPrincipal GongkaiUser me,
            @ModelAttribute("form") DepartmentForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return createDepartment
                .run(me, form, errors)
                .map(d -> {
                    redirect.addFlashAttribute("created", d.name());
                    return "redirect:/office/departments";
                })
                .orElseGet(() -> listPage(me, model));
    }

    @GetMapping("/{id}")
    String edit(@AuthenticationPrincipal GongkaiUser me, @PathVariable long id, Model model) {
        Department department =
                departments.findByIdAndAgencyId(id, me.agencyId()).orElseThrow(NotFound::new);
        DepartmentForm form = new DepartmentForm();
        form.setName(department.name());
        model.addAttribute("department", department);
        model.addAttribute("form", form);
        return "agency/department";
    }

    @PostMapping("/{id}")
    String rename(
            @AuthenticationPrincipal GongkaiUser me,
            @PathVariable long id,
            @ModelAttribute("form") DepartmentForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (renameDepartment.run(me, id, form, errors)) {
            redirect.addFlashAttribute("renamed", form.cleanName());
            return "redirect:/office/departments";
        }
        model.addAttribute(
                "department", departments.findByIdAndAgencyId(id, me.agencyId()).orElseThrow(NotFound::new));
        return "agency/department";
    }

    @PostMapping("/{id}/disclosure-office")
    String markDisclosureOffice(
            @AuthenticationPrincipal GongkaiUser me, @PathVariable long id, RedirectAttributes redirect) {
        markDisclosureOffice.run(me, id);
        redirect.addFlashAttribute("marked", true);
        return "redirect:/office/departments";
    }

    private String listPage(GongkaiUser me, Model model) {
        model.addAttribute("departments", departments.findByAgencyIdOrderByName(me.agencyId()));
        return "agency/departments";
    }
}
