package org.gongkai.app.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A file attached to a catalog item (pdf, docx, xlsx, png, jpeg): its metadata and the first characters
 * of its text; the file itself is on disk, named by its SHA-256 ({@link AttachmentFiles}). The item's
 * search document carries the text ({@link CatalogItem}), so only a published item's attachments are found.
 */
@Entity
@Table(name = "catalog_attachment")
class ItemAttachment {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "item_id", nullable = false)
    private Long itemId;

    @Column(nullable = false)
    private Long agencyId;

    @Column(nullable = false)
    private String originalName;

    @Column(nullable = false)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(nullable = false)
    private String sha256;

    /** The text extracted from the file, searched as part of its item's ({@link CatalogItem#getSearchText}). */
    private String text;

    @Column(nullable = false)
    private Long uploadedBy;

    @Column(nullable = false)
    private OffsetDateTime uploadedAt;

    protected ItemAttachment() {}

    ItemAttachment(
            CatalogItem item,
            String originalName,
            AttachmentTypes.Checked file,
            String sha256,
            long uploadedBy,
            OffsetDateTime uploadedAt) {
        this.itemId = item.id();
        this.agencyId = item.agencyId();
        this.originalName = originalName;
        this.mediaType = file.mediaType();
        this.size = file.size();
        this.sha256 = sha256;
        this.text = file.text();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    /**
     * This file attached to {@code correction} too, as the author found it (name, kind, text, who uploaded it
     * and when): a correction starts with the item's attachments, and its list replaces the item's when it is
     * applied. The file on disk is shared (named by its SHA-256).
     */
    ItemAttachment copyFor(CatalogItem correction) {
        ItemAttachment copy = new ItemAttachment();
        copy.itemId = correction.id();
        copy.agencyId = correction.agencyId();
        copy.originalName = originalName;
        copy.mediaType = mediaType;
        copy.size = size;
        copy.sha256 = sha256;
        copy.text = text;
        copy.uploadedBy = uploadedBy;
        copy.uploadedAt = uploadedAt;
        return copy;
    }

    public Long id() {
        return id;
    }

    public Long itemId() {
        return itemId;
    }

    public String originalName() {
        return originalName;
    }

    public String mediaType() {
        return mediaType;
    }

    public long size() {
        return size;
    }

    /** The size as people read it: 12 KB, 3.4 MB. */
    public String sizeText() {
        if (size < 1024) {
            return size + " B";
        }
        if (size < 1024 * 1024) {
            return (size + 1023) / 1024 + " KB";
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", size / (1024.0 * 1024.0));
    }

    /** The kind as the pages name it, a message-key suffix: pdf, docx, xlsx, png, jpeg. */
    public String kind() {
        return AttachmentTypes.kindOf(mediaType);
    }

    public String sha256() {
        return sha256;
    }

    String text() {
        return text;
    }

    public OffsetDateTime uploadedAt() {
        return uploadedAt;
    }
}
