package org.gongkai.app.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A superseded version of a published item (更正前的版本): its content as the public saw it from {@link
 * #inEffectFrom} until the correction of {@link #supersededOn}, kept unchanged. The portal shows it as
 * history, marked as superseded and not to be indexed by search engines; it is never in the search index.
 */
@Entity
@Table(name = "catalog_item_version")
class ItemVersion {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long itemId;

    @Column(nullable = false)
    private Long agencyId;

    @Column(nullable = false)
    private int versionNumber;

    private String indexNumber;

    @Column(nullable = false)
    private Long columnId;

    @Column(nullable = false)
    private String title;

    private String summary;

    @Column(nullable = false)
    private String publisher;

    @Column(nullable = false)
    private LocalDate formedOn;

    /** The day this version became public: the item's publication, or the correction before it. */
    @Column(name = "published_on", nullable = false)
    private LocalDate inEffectFrom;

    private String documentNumber;
    private String topic;
    private String genre;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Validity validity;

    private LocalDate validityChangedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DisclosureMode disclosureMode;

    @Column(nullable = false)
    private String body;

    private String attachmentNames;

    @Column(nullable = false)
    private LocalDate supersededOn;

    @Column(nullable = false)
    private OffsetDateTime supersededAt;

    @Column(nullable = false)
    private Long correctedBy;

    @Column(nullable = false)
    private String reason;

    protected ItemVersion() {}

    /** What {@code item} shows now, kept before the correction of {@code reason} replaces it. */
    ItemVersion(
            CatalogItem item,
            List<String> attachmentNames,
            long correctedBy,
            String reason,
            LocalDate today,
            OffsetDateTime now) {
        this.itemId = item.id();
        this.agencyId = item.agencyId();
        this.versionNumber = item.versionNumber();
        this.indexNumber = item.indexNumber();
        this.columnId = item.columnId();
        this.title = item.title();
        this.summary = item.summary();
        this.publisher = item.publisher();
        this.formedOn = item.formedOn();
        this.inEffectFrom = item.currentSince();
        this.documentNumber = item.documentNumber();
        this.topic = item.topic();
        this.genre = item.genre();
        this.validity = item.validity();
        this.validityChangedOn = item.validityChangedOn();
        this.disclosureMode = item.disclosureMode();
        this.body = item.body();
        this.attachmentNames = attachmentNames.isEmpty() ? null : String.join("\n", attachmentNames);
        this.correctedBy = correctedBy;
        this.reason = reason;
        this.supersededOn = today;
        this.supersededAt = now;
    }

    public Long id() {
        return id;
    }

    public Long itemId() {
        return itemId;
    }

    public int versionNumber() {
        return versionNumber;
    }

    public String indexNumber() {
        return indexNumber;
    }

    /** The metadata table's 发布日期 of this version: the day it became public. */
    public LocalDate publishedOn() {
        return inEffectFrom;
    }

    public Long columnId() {
        return columnId;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    public String publisher() {
        return publisher;
    }

    public LocalDate formedOn() {
        return formedOn;
    }

    public LocalDate inEffectFrom() {
        return inEffectFrom;
    }

    public String documentNumber() {
        return documentNumber;
    }

    public String topic() {
        return topic;
    }

    public String genre() {
        return genre;
    }

    public Validity validity() {
        return validity;
    }

    public LocalDate validityChangedOn() {
        return validityChangedOn;
    }

    public DisclosureMode disclosureMode() {
        return disclosureMode;
    }

    public String body() {
        return body;
    }

    public List<String> attachmentNames() {
        return attachmentNames == null ? List.of() : List.of(attachmentNames.split("\n"));
    }

    public LocalDate supersededOn() {
        return supersededOn;
    }

    public String reason() {
        return reason;
    }
}
