package org.gongkai.app.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.gongkai.app.system.api.GongkaiUser;
import org.springframework.context.MessageSource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Attachments of catalog items: the author uploads and removes them on a draft or returned item's page;
 * the agency's staff who see the item download them in any state; the public downloads those of a
 * published or withdrawn item only (anything else is 404, as the item's page is). Downloads are always
 * {@code Content-Disposition: attachment} with the original name (RFC 5987) and {@code nosniff}.
 */
@Controller
class AttachmentsController {
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    private final CatalogItems items;
    private final ItemAttachments attachments;
    private final AttachmentFiles files;
    private final AddAttachment addAttachment;
    private final RemoveAttachment removeAttachment;
    private final AttachmentProperties properties;
    private final MessageSource messages;

    AttachmentsController(
            CatalogItems items,
            ItemAttachments attachments,
            AttachmentFiles files,
            AddAttachment addAttachment,
            RemoveAttachment removeAttachment,
            AttachmentProperties properties,
            MessageSource messages) {
        this.items = items;
        this.attachments = attachments;
        this.files = files;
        this.addAttachment = addAttachment;
        this.removeAttachment = removeAttachment;
        this.properties = properties;
        this.messages = messages;
    }

    @PostMapping("/office/catalog/items/{id}/attachments")
    String upload(
            @AuthenticationPrincipal GongkaiUser me,
            @PathVariable long id,
            @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes redirect)
            throws IOException {
        try (InputStream in = file == null ? InputStream.nullInputStream() : file.getInputStream()) {
            ItemAttachment added = addAttachment.run(me, id, file == null ? null : file.getOriginalFilename(), in);
            redirect.addFlashAttribute("attachmentAdded", added.originalName());
        } catch (AttachmentTypes.Refused refused) {
            redirect.addFlashAttribute(
                    "attachmentError",
                    messages.getMessage(
                            "attachment.refused." + refused.refusal().name(),
                            new Object[] {properties.maxBytes() / (1024 * 1024)},
                            ZH));
        } catch (ItemRefused refused) {
            return refusedTo(id, refused, redirect);
        }
        return "redirect:/office/catalog/items/" + id + "#attachments";
    }

    @PostMapping("/office/catalog/items/{id}/attachments/{attachmentId}/remove")
    String remove(
            @AuthenticationPrincipal GongkaiUser me,
            @PathVariable long id,
            @PathVariable long attachmentId,
            RedirectAttributes redirect) {
        try {
            removeAttachment.run(me, id, attachmentId);
            redirect.addFlashAttribute("attachmentRemoved", true);
        } catch (ItemRefused refused) {
            return refusedTo(id, refused, redirect);
        }
        return "redirect:/office/catalog/items/" + id + "#attachments";
    }

    /** The agency's staff who see the item, in any state. */
    @GetMapping("/office/catalog/items/{id}/attachments/{attachmentId}")
    ResponseEntity<Resource> officeDownload(
            @AuthenticationPrincipal GongkaiUser me, @PathVariable long id, @PathVariable long attachmentId) {
        items.findByIdAndAgencyId(id, me.agencyId())
                .filter(i -> i.visibleTo(me))
                .orElseThrow(NotFound::new);
        return download(attachments
                .findByIdAndItemIdAndAgencyId(attachmentId, id, me.agencyId())
                .orElseThrow(NotFound::new));
    }

    /** Anyone, of a published or withdrawn item only. */
    @GetMapping("/agencies/{agencyId}/items/{itemId}/attachments/{attachmentId}")
    ResponseEntity<Resource> publicDownload(
            @PathVariable long agencyId, @PathVariable long itemId, @PathVariable long attachmentId) {
        items.findByIdAndAgencyId(itemId, agencyId)
                .filter(i -> i.state() == ItemState.PUBLISHED || i.state() == ItemState.WITHDRAWN)
                .orElseThrow(NotFound::new);
        return download(attachments
                .findByIdAndItemIdAndAgencyId(attachmentId, itemId, agencyId)
                .orElseThrow(NotFound::new));
    }

    private ResponseEntity<Resource> download(ItemAttachment attachment) {
        FileSystemResource file = new FileSystemResource(files.path(attachment.sha256()));
        if (!file.exists()) {
            throw new NotFound();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(attachment.mediaType()))
                .contentLength(attachment.size())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(attachment.originalName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file);
    }

    private String refusedTo(long id, ItemRefused refused, RedirectAttributes redirect) {
        String state = messages.getMessage("itemState." + refused.state().name(), null, ZH);
        redirect.addFlashAttribute(
                "refused", messages.getMessage("itemRefused." + refused.reason().name(), new Object[] {state}, ZH));
        return "redirect:/office/catalog/items/" + id;
    }
}
