package org.gongkai.app.catalog;

import java.time.Clock;
import java.time.LocalDate;
import org.gongkai.app.agency.api.AgencyDirectory;
import org.gongkai.app.agency.api.AgencySummary;
import org.gongkai.app.catalog.api.NormativeDocuments;
import org.gongkai.app.system.api.AgencyId;
import org.gongkai.app.system.api.GongkaiUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The register of 规章 and 规范性文件 (条例第二十条第（一）项): the agency's published ones with 文号, 制发 and 发布日期,
 * validity and the day it changed, and for a chosen year the counts of table 2's first block in the
 * edition of that year (2019 edition up to the 2020 report, 2021 edition from the 2021 report). The office
 * sees it at {@code /office/catalog/register}, the public at {@code /agencies/{id}/register}: both show
 * published items only.
 */
@Controller
class RegisterController {
    static final int FIRST_YEAR = 2008;

    private final CatalogItems items;
    private final NormativeDocuments counts;
    private final AgencyDirectory agencies;
    private final AgencyCatalogs agencyCatalogs;
    private final Clock clock;

    RegisterController(
            CatalogItems items,
            NormativeDocuments counts,
            AgencyDirectory agencies,
            AgencyCatalogs agencyCatalogs,
            Clock clock) {
        this.items = items;
        this.counts = counts;
        this.agencies = agencies;
        this.agencyCatalogs = agencyCatalogs;
        this.clock = clock;
    }

    @GetMapping("/office/catalog/register")
    String office(@AuthenticationPrincipal GongkaiUser me, @RequestParam(required = false) String year, Model model) {
        fill(me.agency(), year, model);
        model.addAttribute("portal", false);
        return "catalog/register";
    }

    @GetMapping("/agencies/{agencyId}/register")
    String portal(@PathVariable long agencyId, @RequestParam(required = false) String year, Model model) {
        AgencySummary agency = agencies.find(new AgencyId(agencyId)).orElseThrow(NotFound::new);
        model.addAttribute("agency", agency);
        model.addAttribute(
                "demo",
                agencyCatalogs.findById(agencyId).map(AgencyCatalog::demo).orElse(false));
        fill(agency.id(), year, model);
        model.addAttribute("portal", true);
        return "catalog/register";
    }

    private void fill(AgencyId agency, String year, Model model) {
        int thisYear = LocalDate.now(clock).getYear();
        int chosen = thisYear - 1;
        if (year != null && year.matches("\\d{4}")) {
            int y = Integer.parseInt(year);
            if (y >= FIRST_YEAR && y <= thisYear) {
                chosen = y;
            } else {
                model.addAttribute("badYear", year);
            }
        } else if (year != null && !year.isBlank()) {
            model.addAttribute("badYear", year);
        }
        model.addAttribute(
                "documents",
                items.findTop500ByAgencyIdAndStateAndGenreInOrderByFormedOnDescIdDesc(
                        agency.value(), ItemState.PUBLISHED, NormativeGenres.REGISTER));
        model.addAttribute("year", chosen);
        model.addAttribute("lastYear", thisYear);
        model.addAttribute("firstYear", FIRST_YEAR);
        model.addAttribute("edition2019", chosen <= 2020);
        model.addAttribute("count", counts.count(agency, chosen));
        model.addAttribute("rules", counts.rules(agency, chosen));
    }
}
