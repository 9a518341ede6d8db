package org.gongkai.app.supervision;

import java.util.List;
import org.gongkai.app.agency.api.AgencyDirectory;
import org.gongkai.app.agency.api.AgencySummary;
import org.gongkai.app.system.api.GongkaiUser;
import org.gongkai.app.system.api.Permission;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /supervision}: the agencies a supervisor oversees (those under their office; the platform
 * administrator: all), each with what it still lacks to do its disclosure work.
 */
@Controller
class SupervisionController {
    private final AgencyDirectory agencies;

    SupervisionController(AgencyDirectory agencies) {
        this.agencies = agencies;
    }

    @GetMapping("/supervision")
    String home(@AuthenticationPrincipal GongkaiUser me, Model model) {
        List<AgencySummary> shown =
                me.may(Permission.ADMINISTER_PLATFORM) ? agencies.all() : agencies.supervisedBy(me.agency());
        model.addAttribute("agencies", shown);
        model.addAttribute(
                "notReady",
                shown.stream()
                        .filter(a -> a.disclosureOffice() == null || a.administrators() == 0)
                        .count());
        return "supervision/home";
    }
}
