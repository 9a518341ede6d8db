package org.gongkai.app.catalog;

import java.time.Clock;
import java.time.LocalDate;
import org.gongkai.app.system.api.GongkaiUser;
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
 * An agency administrator's catalog: its columns (list, add, change) and its settings (索引号 template,
 * review steps). Own agency only: another agency's column is not found.
 */
@Controller
@RequestMapping("/office/catalog")
class ColumnsController {
    private final Catalogs catalogs;
    private final CatalogColumns columns;
    private final CreateColumn createColumn;
    private final ChangeColumn changeColumn;
    private final ChangeCatalogSettings changeSettings;
    private final IndexNumbers indexNumbers;
    private final ColumnFreshness freshness;
    private final Clock clock;

    ColumnsController(
            Catalogs catalogs,
            CatalogColumns columns,
            CreateColumn createColumn,
            ChangeColumn changeColumn,
            ChangeCatalogSettings changeSettings,
            IndexNumbers indexNumbers,
            ColumnFreshness freshness,
            Clock clock) {
        this.catalogs = catalogs;
        this.columns = columns;
        this.createColumn = createColumn;
        this.changeColumn = changeColumn;
        this.changeSettings = changeSettings;
        this.indexNumbers = indexNumbers;
        this.freshness = freshness;
        this.clock = clock;
    }

    @GetMapping("/columns")
    String list(@AuthenticationPrincipal GongkaiUser me, Model model) {
        model.addAttribute("form", new ColumnForm());
        return listPage(me, model);
    }

    @PostMapping("/columns")
    String create(
            @AuthenticationPrincipal GongkaiUser me,
            @ModelAttribute("form") ColumnForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return createColumn
                .run(me, form, errors)
                .map(c -> {
                    redirect.addFlashAttribute("created", c.name());
                    return "redirect:/office/catalog/columns";
                })
                .orElseGet(() -> listPage(me, model));
    }

    @GetMapping("/columns/{id}")
    String edit(@AuthenticationPrincipal GongkaiUser me, @PathVariable long id, Model model) {
        CatalogColumn column = columns.findByIdAndAgencyId(id, me.agencyId()).orElseThrow(NotFound::new);
        model.addAttribute("form", ColumnForm.of(column));
        return editPage(me, column, model);
    }

    @PostMapping("/columns/{id}")
    String change(
            @AuthenticationPrincipal GongkaiUser me,
            @PathVariable long id,
            @ModelAttribute("form") ColumnForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (changeColumn.run(me, id, form, errors)) {
            redirect.addFlashAttribute("changed", form.getName().strip());
            return "redirect:/office/catalog/columns";
        }
        return editPage(me, columns.findByIdAndAgencyId(id, me.agencyId()).orElseThrow(NotFound::new), model);
    }

    @GetMapping("/settings")
    String settings(@AuthenticationPrincipal GongkaiUser me, Model model) {
        model.addAttribute("form", SettingsForm.of(catalogs.of(me.agency())));
        return settingsPage(me, model);
    }

    @PostMapping("/settings")
    String changeSettings(
            @AuthenticationPrincipal GongkaiUser me,
            @ModelAttribute("form") SettingsForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors() && changeSettings.run(me, form, errors)) {
            redirect.addFlashAttribute("saved", true);
            return "redirect:/office/catalog/settings";
        }
        return settingsPage(me, model);
    }

    private String listPage(GongkaiUser me, Model model) {
        var tree = catalogs.columns(me.agency());
        model.addAttribute("columns", tree);
        model.addAttribute(
                "freshness",
                freshness.of(
                        me.agencyId(),
                        tree.stream().map(ColumnTree.Node::column).toList(),
                        LocalDate.now(clock),
                        clock.getZone()));
        model.addAttribute(
                "parents",
                catalogs.columns(me.agency()).stream()
                        .filter(n -> n.depth() == 0)
                        .toList());
        return "catalog/columns";
    }

    private String editPage(GongkaiUser me, CatalogColumn column, Model model) {
        model.addAttribute("column", column);
        model.addAttribute(
                "parents",
                catalogs.columns(me.agency()).stream()
                        .filter(n -> n.depth() == 0 && !n.id().equals(column.id()))
                        .toList());
        return "catalog/column";
    }

    private String settingsPage(GongkaiUser me, Model model) {
        model.addAttribute("code", indexNumbers.code(me.agency()));
        model.addAttribute("steps", org.gongkai.app.catalog.api.ReviewStep.values());
        return "catalog/settings";
    }
}
