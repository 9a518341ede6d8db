package org.gongkai.app.catalog;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import org.gongkai.app.system.api.GongkaiUser;
import org.gongkai.app.system.api.Permission;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The office's catalog items: what waits for the signed-in person, their own items, what their agency
 * published; an item's page with the step it is at and the buttons of that step; drafting and changing.
 * Every item is looked up within the person's agency (another agency's id: 404), and a move the item
 * refuses ({@link ItemRefused}) comes back to its page with the reason.
 */
@Controller
@RequestMapping("/office/catalog/items")
class ItemsController {
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    private final CatalogItems items;
    private final ItemAttachments attachments;
    private final Catalogs catalogs;
    private final CatalogColumns columns;
    private final DraftItem draftItem;
    private final EditItem editItem;
    private final SubmitItem submitItem;
    private final PassItem passItem;
    private final ReturnItem returnItem;
    private final WithdrawItem withdrawItem;
    private final DraftCorrection draftCorrection;
    private final ItemVersions versions;
    private final RecordValidity recordValidity;
    private final MessageSource messages;
    private final Clock clock;

    ItemsController(
            CatalogItems items,
            ItemAttachments attachments,
            Catalogs catalogs,
            CatalogColumns columns,
            DraftItem draftItem,
            EditItem editItem,
            SubmitItem submitItem,
            PassItem passItem,
            ReturnItem returnItem,
            WithdrawItem withdrawItem,
            DraftCorrection draftCorrection,
            ItemVersions versions,
            RecordValidity recordValidity,
            MessageSource messages,
            Clock clock) {
        this.items = items;
        this.attachments = attachments;
        this.catalogs = catalogs;
        this.columns = columns;
        this.draftItem = draftItem;
        this.editItem = editItem;
        this.submitItem = submitItem;
        this.passItem = passItem;
        this.returnItem = returnItem;
        this.withdrawItem = withdrawItem;
        this.draftCorrection = draftCorrection;
        this.versions = versions;
        this.recordValidity = recordValidity;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String list(@AuthenticationPrincipal GongkaiUser me, Model model) {
        List<CatalogItem> waiting = items
                .findTop200ByAgencyIdAndStateInOrderByUpdatedAtAsc(
                        me.agencyId(),
                        EnumSet.of(
                                ItemState.OFFICE_REVIEW, ItemState.CONFIDENTIALITY_REVIEW, ItemState.LEADER_APPROVAL))
                .stream()
                .filter(i -> i.awaits(me))
                .toList();
        model.addAttribute("waiting", waiting);
        model.addAttribute(
                "mine", items.findTop100ByAgencyIdAndAuthorIdOrderByUpdatedAtDesc(me.agencyId(), me.personId()));
        model.addAttribute(
                "published",
                items.findTop50ByAgencyIdAndStateInOrderByUpdatedAtDesc(
                        me.agencyId(), EnumSet.of(ItemState.PUBLISHED, ItemState.WITHDRAWN)));
        model.addAttribute("mayWrite", me.may(Permission.WRITE_CATALOG_ITEMS));
        if (me.may(Permission.REVIEW_CATALOG_ITEMS)) {
            LocalDate today = LocalDate.now(clock);
            model.addAttribute("today", today);
            model.addAttribute(
                    "due",
                    items.findTop100ByAgencyIdAndStateInAndPublishDeadlineLessThanEqualOrderByPublishDeadlineAsc(
                            me.agencyId(),
                            ItemState.SUBMITTED_UNPUBLISHED,
                            today.plusDays(CatalogNotices.DUE_WITHIN_DAYS)));
        }
        return "catalog/items";
    }

    /**
     * The form of a new draft; {@code title} and {@code fromRequest} come from a request answered with the
     * information disclosed (条例第四十四条: made proactive), and only prefill the form.
     */
    @GetMapping("/new")
    String draftForm(
            @AuthenticationPrincipal GongkaiUser me,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String fromRequest,
            Model model) {
        ItemForm form = new ItemForm();
        if (title != null) {
            form.setTitle(title.length() <= 200 ? title : title.substring(0, 200));
        }
        if (fromRequest != null && fromRequest.matches("[A-Za-z0-9-]{1,40}")) {
            model.addAttribute("fromRequest", fromRequest);
        }
        model.addAttribute("form", form);
        return formPage(me, null, model);
    }

    @PostMapping
    String draft(
            @AuthenticationPrincipal GongkaiUser me,
            @ModelAttribute("form") ItemForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return draftItem
                .run(me, form, errors)
                .map(item -> {
                    redirect.addFlashAttribute("saved", true);
                    return "redirect:/office/catalog/items/" + item.id();
                })
                .orElseGet(() -> formPage(me, null, model));
    }

    @GetMapping("/{id}")
    String show(@AuthenticationPrincipal GongkaiUser me, @PathVariable long id, Model model) {
        return itemPage(me, visible(me, id), model);
    }

    /** Starts a correction (更正) of a published item, or opens the one already started; see {@link DraftCorrection}. */
    @PostMapping("/{id}/correct")
    String correct(
            @AuthenticationPrincipal GongkaiUser me,
            @PathVariable long id,
            @ModelAttribute("correctForm") ReasonForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        try {
            var correction = draftCorrection.run(me, id, form, errors);
            if (correction.isPresent()) {
                return "redirect:/office/catalog/items/" + correction.get().id() + "/edit";
            }
        } catch (ItemRefused refused) {
            return refusedTo(id, refused, redirect);
        }
        return itemPage(me, visible(me, id), model);
    }

    @GetMapping("/{id}/edit")
    String editForm(
            @AuthenticationPrincipal GongkaiUser me, @PathVariable long id, Model model, RedirectAttributes redirect) {
        CatalogItem item = visible(me, id);
        try {
            item.requireEditableBy(me);
        } catch (ItemRefused refused) {
            return refusedTo(id, refused, redirect);
        }
        model.addAttribute("form", ItemForm.of(item.content()));
        return formPage(me, item, model);
    }

    @PostMapping("/{id}/edit")
    String edit(
            @AuthenticationPrincipal GongkaiUser me,
            @PathVariable long id,
            @ModelAttribute("form") ItemForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        try {
            if (editItem.run(me, id, form, errors)) {
                redirect.addFlashAttribute("saved", true);
                return "redirect:/office/catalog/items/" + id;
            }
        } catch (ItemRefused refused) {
            return refusedTo(id, refused, redirect);
        }
        return formPage(me, visible(me, id), model);
    }

    @PostMapping("/{id}/submit")
    String submit(@AuthenticationPrincipal GongkaiUser me, @PathVariable long id, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("submitted", stepName(submitItem.run(me, id)));
        } catch (ItemRefused refused) {
            return refusedTo(id, refused, redirect);
        }
        return "redirect:/office/catalog/items/" + id;
    }

    @PostMapping("/{id}/pass")
    String pass(@AuthenticationPrincipal GongkaiUser me, @PathVariable long id, RedirectAttributes redirect) {
        Long corrects = items.findByIdAndAgencyId(id, me.agencyId())
                .map(CatalogItem::correctsItemId)
                .orElse(null);
        try {
            var next = passItem.run(me, id);
            if (next == null && corrects != null) {
                redirect.addFlashAttribute("corrected", true);
                return "redirect:/office/catalog/items/" + corrects;
            }
            if (next == null) {
                redirect.addFlashAttribute("published", true);
            } else {
                redirect.addFlashAttribute("passed", stepName(next));
            }
        } catch (ItemRefused refused) {
            return refusedTo(id, refused, redirect);
        }
        return "redirect:/office/catalog/items/" + id;
    }

    @PostMapping("/{id}/return")
    String returnToAuthor(
            @AuthenticationPrincipal GongkaiUser me,
            @PathVariable long id,
            @ModelAttribute("returnForm") ReasonForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return afterStep(me, id, () -> returnItem.run(me, id, form, errors), "returned", model, redirect);
    }

    @PostMapping("/{id}/withdraw")
    String withdraw(
            @AuthenticationPrincipal GongkaiUser me,
            @PathVariable long id,
            @ModelAttribute("withdrawForm") ReasonForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return afterStep(me, id, () -> withdrawItem.run(me, id, form, errors), "withdrawn", model, redirect);
    }

    /** The disclosure office records a 规范性文件 repealed or expired; see {@link RecordValidity}. */
    @PostMapping("/{id}/validity")
    String validity(
            @AuthenticationPrincipal GongkaiUser me,
            @PathVariable long id,
            @ModelAttribute("validityForm") ValidityForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return afterStep(me, id, () -> recordValidity.run(me, id, form, errors), "validityChanged", model, redirect);
    }

    /**
     * After a reviewer's step on the item page (return, withdraw, validity): back to the item with a notice when it
     * was done, the page again with the step's field errors when not, the refusal when the item may not take it.
     */
    private String afterStep(
            GongkaiUser me, long id, BooleanSupplier step, String done, Model model, RedirectAttributes redirect) {
        try {
            if (step.getAsBoolean()) {
                redirect.addFlashAttribute(done, true);
                return "redirect:/office/catalog/items/" + id;
            }
        } catch (ItemRefused refused) {
            return refusedTo(id, refused, redirect);
        }
        return itemPage(me, visible(me, id), model);
    }

    private CatalogItem visible(GongkaiUser me, long id) {
        return items.findByIdAndAgencyId(id, me.agencyId())
                .filter(i -> i.visibleTo(me))
                .orElseThrow(NotFound::new);
    }

    private String refusedTo(long id, ItemRefused refused, RedirectAttributes redirect) {
        String state = messages.getMessage("itemState." + refused.state().name(), null, ZH);
        redirect.addFlashAttribute(
                "refused", messages.getMessage("itemRefused." + refused.reason().name(), new Object[] {state}, ZH));
        return "redirect:/office/catalog/items/" + id;
    }

    private String stepName(org.gongkai.app.catalog.api.ReviewStep step) {
        return messages.getMessage("reviewStep." + step.name(), null, ZH);
    }

    private String itemPage(GongkaiUser me, CatalogItem item, Model model) {
        model.addAttribute("item", item);
        model.addAttribute("attachments", attachments.findByItemIdAndAgencyIdOrderByIdAsc(item.id(), me.agencyId()));
        model.addAttribute(
                "column",
                columns.findById(item.columnId()).map(CatalogColumn::name).orElse(""));
        model.addAttribute(
                "mayEdit",
                item.state().editable() && item.authorId() == me.personId() && me.may(Permission.WRITE_CATALOG_ITEMS));
        model.addAttribute("mayReview", item.awaits(me));
        model.addAttribute("step", item.state().step());
        model.addAttribute(
                "mayWithdraw", item.state() == ItemState.PUBLISHED && me.may(Permission.REVIEW_CATALOG_ITEMS));
        model.addAttribute("mayCorrect", item.state() == ItemState.PUBLISHED && me.may(Permission.WRITE_CATALOG_ITEMS));
        model.addAttribute(
                "versions", versions.findByItemIdAndAgencyIdOrderByVersionNumberDesc(item.id(), me.agencyId()));
        model.addAttribute(
                "openCorrection",
                item.state() == ItemState.PUBLISHED
                        ? items.findFirstByAgencyIdAndCorrectsItemId(me.agencyId(), item.id())
                                .filter(c -> c.visibleTo(me))
                                .orElse(null)
                        : null);
        model.addAttribute(
                "mayRecordValidity",
                item.state() == ItemState.PUBLISHED
                        && NormativeGenres.inRegister(item.genre())
                        && item.validity() == Validity.IN_FORCE
                        && me.may(Permission.REVIEW_CATALOG_ITEMS));
        for (String reasonForm : List.of("returnForm", "withdrawForm", "correctForm")) {
            if (!model.containsAttribute(reasonForm)) {
                model.addAttribute(reasonForm, new ReasonForm());
            }
        }
        if (!model.containsAttribute("validityForm")) {
            model.addAttribute("validityForm", new ValidityForm());
        }
        if (!model.containsAttribute("correctForm")) {
            model.addAttribute("correctForm", new ReasonForm());
        }
        return "catalog/item";
    }

    private String formPage(GongkaiUser me, CatalogItem item, Model model) {
        model.addAttribute("item", item);
        model.addAttribute("columns", catalogs.columns(me.agency()));
        model.addAttribute("validities", Validity.values());
        model.addAttribute("modes", DisclosureMode.values());
        return "catalog/item-form";
    }
}
