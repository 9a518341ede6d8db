package org.gongkai.app.letter;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.gongkai.app.agency.api.AgencyDirectory;
import org.gongkai.app.agency.api.AgencySummary;
import org.gongkai.app.letter.api.LetterData;
import org.gongkai.app.letter.api.LetterId;
import org.gongkai.app.letter.api.LetterKind;
import org.gongkai.app.system.api.GongkaiUser;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * The agency's letters: its templates (list, edit, preview as PDF with sample values, restore the default) and
 * its 文号 template, for the agency administrator and the disclosure office; and the files of an issued letter,
 * for the disclosure office. Own agency only: another agency's letter is not found.
 */
@Controller
@RequestMapping("/office/letters")
class LettersController {
    private static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final LetterTemplates templates;
    private final ChangeLetterTemplate changeTemplate;
    private final RestoreLetterTemplate restoreTemplate;
    private final ChangeLetterNumbering changeNumbering;
    private final IssueLetters letters;
    private final AgencyDirectory agencies;
    private final MessageSource messages;
    private final Clock clock;

    LettersController(
            LetterTemplates templates,
            ChangeLetterTemplate changeTemplate,
            RestoreLetterTemplate restoreTemplate,
            ChangeLetterNumbering changeNumbering,
            IssueLetters letters,
            AgencyDirectory agencies,
            MessageSource messages,
            Clock clock) {
        this.templates = templates;
        this.changeTemplate = changeTemplate;
        this.restoreTemplate = restoreTemplate;
        this.changeNumbering = changeNumbering;
        this.letters = letters;
        this.agencies = agencies;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/templates")
    String list(@AuthenticationPrincipal GongkaiUser me, Model model) {
        model.addAttribute("numbering", NumberingForm.of(templates.numberTemplate(me.agency())));
        return listPage(me, model);
    }

    @PostMapping("/numbering")
    String changeNumbering(
            @AuthenticationPrincipal GongkaiUser me,
            @ModelAttribute("numbering") NumberingForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors() && changeNumbering.run(me, form, errors)) {
            redirect.addFlashAttribute("numberingSaved", true);
            return "redirect:/office/letters/templates";
        }
        return listPage(me, model);
    }

    @GetMapping("/templates/{kind}")
    String edit(@AuthenticationPrincipal GongkaiUser me, @PathVariable String kind, Model model) {
        LetterKind k = kind(kind);
        model.addAttribute("form", TemplateForm.of(templates.of(me.agency(), k)));
        return editPage(me, k, model);
    }

    @PostMapping("/templates/{kind}")
    String save(
            @AuthenticationPrincipal GongkaiUser me,
            @PathVariable String kind,
            @ModelAttribute("form") TemplateForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        LetterKind k = kind(kind);
        if (!errors.hasErrors() && changeTemplate.run(me, k, form, errors)) {
            redirect.addFlashAttribute("saved", true);
            return "redirect:/office/letters/templates/" + k.name();
        }
        return editPage(me, k, model);
    }

    /** The template as entered (saved or not) printed with sample values; a template with errors shows them. */
    @PostMapping("/templates/{kind}/preview")
    Object preview(
            @AuthenticationPrincipal GongkaiUser me,
            @PathVariable String kind,
            @ModelAttribute("form") TemplateForm form,
            BindingResult errors,
            Model model) {
        LetterKind k = kind(kind);
        if (errors.hasErrors() || !TemplateRules.check(k, form, errors)) {
            return editPage(me, k, model);
        }
        byte[] pdf = letters.render(form.template(), sample(me), null).pdf();
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("preview-" + k.name() + ".pdf")
                                .build()
                                .toString())
                .body(pdf);
    }

    @PostMapping("/templates/{kind}/default")
    String restore(@AuthenticationPrincipal GongkaiUser me, @PathVariable String kind, RedirectAttributes redirect) {
        LetterKind k = kind(kind);
        redirect.addFlashAttribute(restoreTemplate.run(me, k) ? "restored" : "alreadyDefault", true);
        return "redirect:/office/letters/templates/" + k.name();
    }

    @GetMapping("/{id}/pdf")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal GongkaiUser me, @PathVariable long id) {
        byte[] bytes = letters.pdf(me.agency(), new LetterId(id)).orElseThrow(NotFound::new);
        return file(bytes, MediaType.APPLICATION_PDF, "letter-" + id + ".pdf");
    }

    @GetMapping("/{id}/docx")
    ResponseEntity<byte[]> docx(@AuthenticationPrincipal GongkaiUser me, @PathVariable long id) {
        byte[] bytes = letters.docx(me.agency(), new LetterId(id)).orElseThrow(NotFound::new);
        return file(bytes, DOCX, "letter-" + id + ".docx");
    }

    private static ResponseEntity<byte[]> file(byte[] bytes, MediaType type, String name) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(bytes);
    }

    private String listPage(GongkaiUser me, Model model) {
        List<TemplateRow> rows = Arrays.stream(LetterKind.values())
                .map(k -> {
                    var own = templates.own(me.agency(), k);
                    return new TemplateRow(
                            k, own.orElseGet(() -> DefaultTemplates.of(k)).headline(), own.isPresent());
                })
                .toList();
        model.addAttribute("rows", rows);
        model.addAttribute(
                "numberExample",
                NumberTemplate.format(
                        templates.numberTemplate(me.agency()),
                        LocalDate.now(clock).getYear(),
                        1));
        return "letter/templates";
    }

    private String editPage(GongkaiUser me, LetterKind kind, Model model) {
        model.addAttribute("kind", kind.name());
        model.addAttribute(
                "kindName", messages.getMessage("letterKind." + kind.name(), null, Locale.SIMPLIFIED_CHINESE));
        model.addAttribute("reply", kind.isReply());
        model.addAttribute("own", templates.own(me.agency(), kind).isPresent());
        model.addAttribute(
                "placeholders",
                Arrays.stream(Placeholder.values()).map(PlaceholderRow::new).toList());
        return "letter/template";
    }

    private static LetterKind kind(String name) {
        return Arrays.stream(LetterKind.values())
                .filter(k -> k.name().equals(name))
                .findFirst()
                .orElseThrow(NotFound::new);
    }

    /** What the preview fills the placeholders with: the agency's name, and sample values from the messages. */
    private LetterData sample(GongkaiUser me) {
        Locale zh = Locale.SIMPLIFIED_CHINESE;
        LocalDate today = LocalDate.now(clock);
        String agency = agencies.find(me.agency()).map(AgencySummary::name).orElse("");
        return LetterData.of(agency)
                .sealLine(messages.getMessage("letter.sample.seal", null, zh))
                .applicantName(messages.getMessage("letter.sample.applicant", null, zh))
                .addressee(messages.getMessage("letter.sample.addressee", null, zh))
                .trackingNumber(messages.getMessage("letter.sample.trackingNumber", null, zh))
                .receivedOn(today.minusDays(7))
                .requestedInformation(messages.getMessage("letter.sample.requested", null, zh))
                .replyDueOn(today.plusDays(21))
                .extensionWorkingDays(20)
                .clarificationItems(messages.getMessage("letter.sample.clarification", null, zh))
                .clarificationDueOn(today.plusDays(14))
                .consultationDueOn(today.plusDays(21))
                .article(messages.getMessage("letter.sample.article", null, zh))
                .reason(messages.getMessage("letter.sample.reason", null, zh))
                .howToObtain(messages.getMessage("letter.sample.howToObtain", null, zh))
                .otherAgency(messages.getMessage("letter.sample.otherAgency", null, zh))
                .feeAmount(new BigDecimal("100.00"))
                .feeBasis(messages.getMessage("letter.sample.feeBasis", null, zh))
                .paymentDueOn(today.plusDays(28))
                .paymentMethod(messages.getMessage("letter.sample.paymentMethod", null, zh))
                .contact(messages.getMessage("letter.sample.contact", null, zh))
                .build();
    }

    /** A placeholder as the edit page lists it: how it is written and the message key of what it stands for. */
    record PlaceholderRow(Placeholder placeholder) {
        public String written() {
            return "{" + placeholder.label + "}";
        }

        public String descriptionKey() {
            return "placeholder." + placeholder.name();
        }
    }
}
