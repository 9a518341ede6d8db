package org.gongkai.app.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.gongkai.app.catalog.api.ReviewStep;
import org.gongkai.app.system.api.GongkaiUser;
import org.gongkai.app.system.api.Permission;
import org.hibernate.annotations.BatchSize;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.RoutingBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.jsoup.Jsoup;

/**
 * An item of an agency's catalog (公开信息) with the metadata of the national catalog model (domain-spec
 * §6.2), and the one place its state machine is guarded (style.md habit 4):
 *
 * <pre>
 * DRAFT ─submit→ first step ─pass→ next step … ─pass→ PUBLISHED ─withdraw→ WITHDRAWN
 * RETURNED ─submit→ first step        └─return (reason)→ RETURNED
 * </pre>
 *
 * The steps are those the agency applied when the item was submitted ({@link ReviewStep}, in order).
 * Only the author changes and submits it; each step is taken by a holder of its permission who did
 * not submit it; its 索引号 is given when it is published and never changes.
 *
 * <p>Every item is in the search index ({@link CatalogSearch}), which shows only published ones: title,
 * 内容概述 and the body's text are analysed as Chinese with Traditional folded to Simplified.
 */
@Entity
@Table(name = "catalog_item")
@Indexed(index = SearchIndex.INDEX_NAME, routingBinder = @RoutingBinderRef(type = ShardRouting.class))
class CatalogItem {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    @GenericField(projectable = Projectable.YES)
    private Long agencyId;

    @Column(nullable = false)
    @GenericField
    private Long columnId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    @KeywordField
    private ItemState state;

    @Column(nullable = false)
    @GenericField(projectable = Projectable.YES)
    private String title;

    private String summary;

    @Column(nullable = false)
    private String publisher;

    @Column(nullable = false)
    @GenericField(projectable = Projectable.YES)
    private LocalDate formedOn;

    @GenericField(sortable = Sortable.YES, projectable = Projectable.YES)
    private LocalDate publishedOn;

    @KeywordField
    private String documentNumber;

    @KeywordField
    private String topic;

    private String genre;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    @KeywordField
    private Validity validity;

    private LocalDate validityChangedOn;

    /** Why it was repealed or expired, as the disclosure office recorded it ({@link #recordValidity}). */
    private String validityReason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DisclosureMode disclosureMode;

    @Column(nullable = false)
    private String body;

    @KeywordField(projectable = Projectable.YES)
    private String indexNumber;

    /** 条例第二十六条: the last day to publish, 20 working days after 生成日期 (null: not computed). */
    private LocalDate publishDeadline;

    /** Whether it was published after {@link #publishDeadline}. */
    private boolean publishedLate;

    private boolean officeReview;
    private boolean confidentialityReview;
    private boolean leaderApproval;

    @Column(nullable = false)
    private Long authorId;

    private Long submittedBy;
    private OffsetDateTime submittedAt;
    private String returnReason;
    private String withdrawalReason;
    private LocalDate withdrawnOn;

    @Column(nullable = false)
    private OffsetDateTime createdAt;

    @Column(nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    /** For a correction (更正) in the chain: the published item it corrects, and why; null otherwise. */
    private Long correctsItemId;

    private String correctionReason;

    /** 1 when first published; one more with each correction that passed the chain. */
    private int versionNumber = 1;

    /** The day the last correction was published, or null. */
    private LocalDate correctedOn;

    /**
     * Its attachments, read only here ({@link ItemAttachment} keeps them): their text is searched with the
     * item. The use cases that change them reindex the item; publication reindexes it too.
     */
    @OneToMany
    @JoinColumn(name = "item_id", insertable = false, updatable = false)
    @BatchSize(size = 64) // mass indexing loads items by the batch: their attachments in one query, not one each
    @OrderBy("id")
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    private List<ItemAttachment> attachments = new ArrayList<>();

    protected CatalogItem() {}

    /** A new draft of {@code author}. */
    CatalogItem(long agencyId, long authorId, ItemContent content, OffsetDateTime now) {
        this.agencyId = agencyId;
        this.authorId = authorId;
        this.state = ItemState.DRAFT;
        this.createdAt = now;
        apply(content, now);
    }

    /**
     * A correction (更正) of {@code published} drafted by {@code author}: its content to start from, outside
     * the public until its chain is passed ({@link #supersede}).
     */
    static CatalogItem correctionOf(CatalogItem published, long author, String reason, OffsetDateTime now) {
        if (published.state != ItemState.PUBLISHED || published.correctsItemId != null) {
            throw new ItemRefused(ItemRefused.Reason.NOT_CORRECTABLE, published.state);
        }
        CatalogItem correction = new CatalogItem(published.agencyId, author, published.content(), now);
        correction.correctsItemId = published.id;
        correction.correctionReason = reason;
        return correction;
    }

    /**
     * This published item takes the content of {@code correction}, whose chain has just passed; its
     * 索引号, id and first publication stay. The caller keeps the superseded content ({@link ItemVersion}).
     */
    void supersede(CatalogItem correction, LocalDate today, OffsetDateTime now) {
        if (state != ItemState.PUBLISHED || !id.equals(correction.correctsItemId)) {
            throw new ItemRefused(ItemRefused.Reason.NOT_CORRECTABLE, state);
        }
        Validity keptValidity = validity;
        LocalDate keptChangedOn = validityChangedOn;
        apply(correction.content(), now);
        if (validityReason != null) {
            // recorded through the register after the correction was drafted: the register's word stands
            validity = keptValidity;
            validityChangedOn = keptChangedOn;
        }
        versionNumber++;
        correctedOn = today;
    }

    /**
     * The disclosure office records that this published 规章 or 规范性文件, in force, was repealed (废止) or expired
     * (失效) on {@code on}, not before it was formed; a correction in the chain keeps what it copied.
     */
    void recordValidity(Validity to, LocalDate on, String reason, OffsetDateTime now) {
        if (state != ItemState.PUBLISHED
                || !NormativeGenres.inRegister(genre)
                || validity != Validity.IN_FORCE
                || to == Validity.IN_FORCE
                || on.isBefore(formedOn)) {
            throw new ItemRefused(ItemRefused.Reason.NOT_REPEALABLE, state);
        }
        validity = to;
        validityChangedOn = on;
        validityReason = reason;
        updatedAt = now;
    }

    /** The author changes a draft or a returned item. */
    void edit(GongkaiUser by, ItemContent content, OffsetDateTime now) {
        requireEditableBy(by);
        apply(content, now);
    }

    /** Refuses unless {@code by} is the author and the item a draft or returned. */
    void requireEditableBy(GongkaiUser by) {
        requireAuthor(by);
        if (!state.editable()) {
            throw new ItemRefused(ItemRefused.Reason.NOT_EDITABLE, state);
        }
    }

    /**
     * The author submits (供稿) a draft or returned item into the chain of {@code steps}; it waits at the
     * first of them, which this returns.
     */
    ReviewStep submit(GongkaiUser by, Set<ReviewStep> steps, OffsetDateTime now) {
        requireAuthor(by);
        if (!state.editable()) {
            throw new ItemRefused(ItemRefused.Reason.NOT_EDITABLE, state);
        }
        if (steps.isEmpty()) {
            throw new ItemRefused(ItemRefused.Reason.NO_STEPS, state);
        }
        officeReview = steps.contains(ReviewStep.OFFICE_REVIEW);
        confidentialityReview = steps.contains(ReviewStep.CONFIDENTIALITY_REVIEW);
        leaderApproval = steps.contains(ReviewStep.LEADER_APPROVAL);
        ReviewStep first = steps().iterator().next();
        state = ItemState.waitingAt(first);
        submittedBy = by.personId();
        submittedAt = now;
        returnReason = null;
        updatedAt = now;
        return first;
    }

    /**
     * A reviewer passes the item at the step it waits at. At the last step it is published on {@code
     * today} with the 索引号 {@code indexNumber} gives; otherwise it waits at the next step.
     *
     * @return the next step, or null when the item is now published
     */
    ReviewStep pass(GongkaiUser by, LocalDate today, Supplier<String> indexNumber, OffsetDateTime now) {
        ReviewStep step = requireReviewer(by);
        ReviewStep next = steps().stream()
                .filter(s -> s.ordinal() > step.ordinal())
                .findFirst()
                .orElse(null);
        updatedAt = now;
        if (next != null) {
            state = ItemState.waitingAt(next);
            return next;
        }
        if (indexNumber != null && this.indexNumber == null) {
            this.indexNumber = indexNumber.get();
        }
        publishedOn = today;
        publishedLate = publishDeadline != null && today.isAfter(publishDeadline);
        state = ItemState.PUBLISHED;
        return null;
    }

    /** A reviewer returns the item, at the step it waits at, to its author; which step that was. */
    ReviewStep returnToAuthor(GongkaiUser by, String reason, OffsetDateTime now) {
        ReviewStep step = requireReviewer(by);
        state = ItemState.RETURNED;
        returnReason = reason;
        updatedAt = now;
        return step;
    }

    /** The disclosure office withdraws (撤回) a published item; it stays, saying why. */
    void withdraw(GongkaiUser by, String reason, LocalDate today, OffsetDateTime now) {
        if (state != ItemState.PUBLISHED || !by.may(Permission.REVIEW_CATALOG_ITEMS)) {
            throw new ItemRefused(ItemRefused.Reason.NOT_WITHDRAWABLE, state);
        }
        state = ItemState.WITHDRAWN;
        withdrawalReason = reason;
        withdrawnOn = today;
        updatedAt = now;
    }

    /**
     * Sets the 条例第二十六条 deadline computed from 生成日期 ({@link PublishDeadlines}); an item already
     * published keeps the one it was judged by.
     */
    void scheduleBy(LocalDate deadline) {
        if (state != ItemState.PUBLISHED && state != ItemState.WITHDRAWN) {
            publishDeadline = deadline;
        }
    }

    /** Whether it is still to be published and its deadline is {@code until} or earlier. */
    boolean dueBy(LocalDate until) {
        return state != ItemState.PUBLISHED
                && state != ItemState.WITHDRAWN
                && publishDeadline != null
                && !publishDeadline.isAfter(until);
    }

    /** Whether {@code person} may pass or return the item now. */
    boolean awaits(GongkaiUser person) {
        ReviewStep step = state.step();
        return step != null && person.may(ReviewPermissions.of(step)) && !submittedByOrWrittenBy(person);
    }

    /** Whether {@code person} may see the item in the office: its author, or anyone in the chain once submitted. */
    boolean visibleTo(GongkaiUser person) {
        if (person.agencyId() != agencyId) {
            return false;
        }
        if (authorId == person.personId()) {
            return true;
        }
        if (state == ItemState.PUBLISHED || state == ItemState.WITHDRAWN) {
            return person.may(Permission.USE_CATALOG);
        }
        return state != ItemState.DRAFT && person.may(Permission.REVIEW_IN_CHAIN);
    }

    /** The steps this item passes, in order. */
    Set<ReviewStep> steps() {
        Set<ReviewStep> steps = EnumSet.noneOf(ReviewStep.class);
        if (officeReview) {
            steps.add(ReviewStep.OFFICE_REVIEW);
        }
        if (confidentialityReview) {
            steps.add(ReviewStep.CONFIDENTIALITY_REVIEW);
        }
        if (leaderApproval) {
            steps.add(ReviewStep.LEADER_APPROVAL);
        }
        return steps;
    }

    private ReviewStep requireReviewer(GongkaiUser by) {
        ReviewStep step = state.step();
        if (step == null) {
            throw new ItemRefused(ItemRefused.Reason.NOT_IN_REVIEW, state);
        }
        if (!by.may(ReviewPermissions.of(step))) {
            throw new ItemRefused(ItemRefused.Reason.NOT_YOUR_STEP, state);
        }
        if (submittedByOrWrittenBy(by)) {
            throw new ItemRefused(ItemRefused.Reason.OWN_SUBMISSION, state);
        }
        return step;
    }

    private boolean submittedByOrWrittenBy(GongkaiUser person) {
        return authorId == person.personId() || (submittedBy != null && submittedBy == person.personId());
    }

    private void requireAuthor(GongkaiUser by) {
        if (authorId != by.personId()) {
            throw new ItemRefused(ItemRefused.Reason.NOT_AUTHOR, state);
        }
    }

    private void apply(ItemContent c, OffsetDateTime now) {
        columnId = c.columnId();
        title = c.title();
        summary = c.summary();
        publisher = c.publisher();
        formedOn = c.formedOn();
        documentNumber = c.documentNumber();
        topic = c.topic();
        genre = c.genre();
        validity = c.validity();
        validityChangedOn = c.validityChangedOn();
        disclosureMode = c.disclosureMode();
        body = c.body();
        updatedAt = now;
    }

    /** What the author wrote, as a form shows it again. */
    ItemContent content() {
        return new ItemContent(
                columnId,
                title,
                summary,
                publisher,
                formedOn,
                documentNumber,
                topic,
                genre,
                validity,
                validityChangedOn,
                disclosureMode,
                body);
    }

    public Long id() {
        return id;
    }

    public Long agencyId() {
        return agencyId;
    }

    public Long columnId() {
        return columnId;
    }

    public ItemState state() {
        return state;
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

    public LocalDate publishedOn() {
        return publishedOn;
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

    public String validityReason() {
        return validityReason;
    }

    public DisclosureMode disclosureMode() {
        return disclosureMode;
    }

    /**
     * What the search looks in, as one field: the body's text without its markup, 内容概述, the attachments'
     * text and the title. One field, not four: a word is then one list of items to walk, not four merged, which
     * halved the time of the queries that match most of a large catalog (gongkai-bench/README.md, catalog
     * search); the body and the rest are analysed once each, as before. Stored for the highlighted fragment.
     */
    @FullTextField(
            name = "text",
            analyzer = ChineseAnalysis.ANALYZER,
            projectable = Projectable.YES,
            highlightable = Highlightable.ANY)
    @IndexingDependency(
            derivedFrom = {
                @ObjectPath(@PropertyValue(propertyName = "title")),
                @ObjectPath(@PropertyValue(propertyName = "summary")),
                @ObjectPath(@PropertyValue(propertyName = "body")),
                @ObjectPath(@PropertyValue(propertyName = "attachments"))
            })
    public String getSearchText() {
        StringBuilder text =
                new StringBuilder(body == null ? "" : Jsoup.parse(body).text());
        for (String part : new String[] {summary, title}) {
            if (part != null && !part.isBlank()) {
                text.append('\n').append(part);
            }
        }
        for (ItemAttachment a : attachments) {
            if (a.text() != null && !a.text().isBlank()) {
                text.append('\n').append(a.text());
            }
        }
        return text.toString();
    }

    /** The body, sanitised when it was saved. */
    public String body() {
        return body;
    }

    public String indexNumber() {
        return indexNumber;
    }

    public LocalDate publishDeadline() {
        return publishDeadline;
    }

    public boolean publishedLate() {
        return publishedLate;
    }

    public Long authorId() {
        return authorId;
    }

    public Long submittedBy() {
        return submittedBy;
    }

    public String returnReason() {
        return returnReason;
    }

    public String withdrawalReason() {
        return withdrawalReason;
    }

    public LocalDate withdrawnOn() {
        return withdrawnOn;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }

    public Long correctsItemId() {
        return correctsItemId;
    }

    boolean isCorrection() {
        return correctsItemId != null;
    }

    public String correctionReason() {
        return correctionReason;
    }

    public int versionNumber() {
        return versionNumber;
    }

    public LocalDate correctedOn() {
        return correctedOn;
    }

    /** The day the content shown now was first public: the last correction's, or the publication's. */
    LocalDate currentSince() {
        return correctedOn != null ? correctedOn : publishedOn;
    }
}
