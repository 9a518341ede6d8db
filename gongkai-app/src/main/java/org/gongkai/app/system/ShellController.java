package org.gongkai.app.system;

import java.util.List;
import org.gongkai.app.system.api.GongkaiUser;
import org.gongkai.app.system.api.OfficeNotice;
import org.gongkai.app.system.api.OfficeNotices;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public portal's front page, the login page and the office home, where each module's {@link
 * OfficeNotices} tell the person what needs doing.
 */
@Controller
class ShellController {
    private final ObjectProvider<OfficeNotices> notices;

    ShellController(ObjectProvider<OfficeNotices> notices) {
        this.notices = notices;
    }

    @GetMapping("/")
    String portal() {
        return "system/portal";
    }

    @GetMapping("/login")
    String login() {
        return "system/login";
    }

    @GetMapping("/office")
    String officeHome(@AuthenticationPrincipal GongkaiUser me, Model model) {
        List<OfficeNotice> shown =
                notices.orderedStream().flatMap(n -> n.noticesFor(me).stream()).toList();
        model.addAttribute("notices", shown);
        return "system/office-home";
    }
}
