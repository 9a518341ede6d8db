package org.gongkai.app.agency;

import org.gongkai.app.system.api.GongkaiUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

/** {@code /office/me}: the signed-in person's own page — name, agency, department, roles, password. */
@Controller
class MeController {
    private final People people;
    private final Agencies agencies;
    private final Departments departments;

    MeController(People people, Agencies agencies, Departments departments) {
        this.people = people;
        this.agencies = agencies;
        this.departments = departments;
    }

    @GetMapping("/office/me")
    String me(@AuthenticationPrincipal GongkaiUser me, Model model) {
        Person person =
                people.findById(me.personId()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("person", person);
        model.addAttribute("agency", agencies.findById(person.agencyId()).orElseThrow());
        model.addAttribute(
                "department",
                person.departmentId() == null
                        ? null
                        : departments
                                .findByIdAndAgencyId(person.departmentId(), person.agencyId())
                                .orElse(null));
        model.addAttribute("roles", person.roles().stream().sorted().toList());
        return "agency/me";
    }
}
