package org.gongkai.app.system.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The public portal's front page, the login page and the office home. */
@Controller
class ShellController {

    @GetMapping("/")
    String portal() {
        return "system/portal";
    }

    @GetMapping("/login")
    String login() {
        return "system/login";
    }

    @GetMapping("/office")
    String officeHome() {
        return "system/office-home";
    }
}
