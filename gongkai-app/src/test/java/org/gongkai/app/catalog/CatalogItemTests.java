package org.gongkai.app.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;
import org.gongkai.app.catalog.api.ReviewStep;
import org.gongkai.app.system.api.GongkaiUser;
import org.gongkai.app.system.api.Role;
import org.junit.jupiter.api.Test;

/** The 三审 chain as {@link CatalogItem} guards it, without a database. */
class CatalogItemTests {
    static final long AGENCY = 7;
    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-07T09:00:00+08:00");
    static final LocalDate TODAY = NOW.toLocalDate();

    final GongkaiUser author = person(1, Role.SUBMITTER);
    final GongkaiUser office = person(2, Role.DISCLOSURE_OFFICER);
    final GongkaiUser secrets = person(3, Role.CONFIDENTIALITY_REVIEWER);
    final GongkaiUser leader = person(4, Role.APPROVING_LEADER);

    @Test
    void aDraftPassesEveryStepInOrderAndIsPublishedWithItsIndexNumberAtTheLast() {
        CatalogItem item = draft();
        assertThat(item.submit(author, EnumSet.allOf(ReviewStep.class), NOW)).isEqualTo(ReviewStep.OFFICE_REVIEW);
        assertThat(item.state()).isEqualTo(ItemState.OFFICE_REVIEW);
        assertThat(item.pass(office, TODAY, () -> "never", NOW)).isEqualTo(ReviewStep.CONFIDENTIALITY_REVIEW);
        assertThat(item.pass(secrets, TODAY, () -> "never", NOW)).isEqualTo(ReviewStep.LEADER_APPROVAL);
        assertThat(item.indexNumber()).isNull();
        assertThat(item.pass(leader, TODAY, () -> "000014349/2026-00001", NOW)).isNull();
        assertThat(item.state()).isEqualTo(ItemState.PUBLISHED);
        assertThat(item.indexNumber()).isEqualTo("000014349/2026-00001");
        assertThat(item.publishedOn()).isEqualTo(TODAY);
    }

    @Test
    void anItemPublishedAfterItsArticle26DeadlineIsMarkedLate() {
        CatalogItem late = draft();
        late.scheduleBy(TODAY.minusDays(1));
        assertThat(late.dueBy(TODAY)).isTrue();
        late.submit(author, EnumSet.of(ReviewStep.LEADER_APPROVAL), NOW);
        late.pass(leader, TODAY, () -> "X/2026-00001", NOW);
        assertThat(late.publishedLate()).isTrue();
        assertThat(late.dueBy(TODAY)).as("published: no longer due").isFalse();
        late.scheduleBy(TODAY.plusDays(30));
        assertThat(late.publishDeadline()).as("kept once published").isEqualTo(TODAY.minusDays(1));

        CatalogItem onTime = draft();
        onTime.scheduleBy(TODAY);
        onTime.submit(author, EnumSet.of(ReviewStep.LEADER_APPROVAL), NOW);
        onTime.pass(leader, TODAY, () -> "X/2026-00002", NOW);
        assertThat(onTime.publishedLate()).isFalse();
    }

    @Test
    void theAgencyChoosesTheSteps() {
        CatalogItem item = draft();
        assertThat(item.submit(author, EnumSet.of(ReviewStep.CONFIDENTIALITY_REVIEW), NOW))
                .isEqualTo(ReviewStep.CONFIDENTIALITY_REVIEW);
        assertThat(item.pass(secrets, TODAY, () -> "X/2026-00001", NOW)).isNull();
        assertThat(item.state()).isEqualTo(ItemState.PUBLISHED);
        assertThatThrownBy(() -> draft().submit(author, Set.of(), NOW))
                .isInstanceOf(ItemRefused.class)
                .extracting(e -> ((ItemRefused) e).reason())
                .isEqualTo(ItemRefused.Reason.NO_STEPS);
    }

    @Test
    void eachReviewerActsOnlyAtTheirStep() {
        CatalogItem item = draft();
        item.submit(author, EnumSet.allOf(ReviewStep.class), NOW);
        refused(() -> item.pass(leader, TODAY, () -> "x", NOW), ItemRefused.Reason.NOT_YOUR_STEP);
        refused(() -> item.pass(secrets, TODAY, () -> "x", NOW), ItemRefused.Reason.NOT_YOUR_STEP);
        refused(() -> item.returnToAuthor(leader, "不对", NOW), ItemRefused.Reason.NOT_YOUR_STEP);
        refused(() -> item.pass(author, TODAY, () -> "x", NOW), ItemRefused.Reason.NOT_YOUR_STEP);
        assertThat(item.state()).isEqualTo(ItemState.OFFICE_REVIEW);
    }

    @Test
    void nobodyPassesOrReturnsWhatTheyWroteThemselves() {
        GongkaiUser officeAuthor = person(9, Role.DISCLOSURE_OFFICER);
        CatalogItem item = new CatalogItem(AGENCY, 9, content(), NOW);
        item.submit(officeAuthor, EnumSet.allOf(ReviewStep.class), NOW);
        refused(() -> item.pass(officeAuthor, TODAY, () -> "x", NOW), ItemRefused.Reason.OWN_SUBMISSION);
        refused(() -> item.returnToAuthor(officeAuthor, "自己退回", NOW), ItemRefused.Reason.OWN_SUBMISSION);
        assertThat(item.awaits(officeAuthor)).isFalse();
        assertThat(item.awaits(office)).isTrue();
    }

    @Test
    void aReturnedItemKeepsItsReasonAndGoesBackToTheStartWhenSubmittedAgain() {
        CatalogItem item = draft();
        item.submit(author, EnumSet.allOf(ReviewStep.class), NOW);
        item.pass(office, TODAY, () -> "x", NOW);
        assertThat(item.returnToAuthor(secrets, "含个人信息", NOW)).isEqualTo(ReviewStep.CONFIDENTIALITY_REVIEW);
        assertThat(item.state()).isEqualTo(ItemState.RETURNED);
        assertThat(item.returnReason()).isEqualTo("含个人信息");
        refused(() -> item.pass(secrets, TODAY, () -> "x", NOW), ItemRefused.Reason.NOT_IN_REVIEW);
        refused(() -> item.edit(office, content(), NOW), ItemRefused.Reason.NOT_AUTHOR);
        item.edit(author, content(), NOW);
        assertThat(item.submit(author, EnumSet.allOf(ReviewStep.class), NOW)).isEqualTo(ReviewStep.OFFICE_REVIEW);
        assertThat(item.returnReason()).isNull();
    }

    @Test
    void onlyTheOfficeWithdrawsAndOnlyAPublishedItem() {
        CatalogItem item = draft();
        refused(() -> item.withdraw(office, "错发", TODAY, NOW), ItemRefused.Reason.NOT_WITHDRAWABLE);
        item.submit(author, EnumSet.of(ReviewStep.LEADER_APPROVAL), NOW);
        item.pass(leader, TODAY, () -> "X/2026-00001", NOW);
        refused(() -> item.withdraw(leader, "错发", TODAY, NOW), ItemRefused.Reason.NOT_WITHDRAWABLE);
        refused(() -> item.edit(author, content(), NOW), ItemRefused.Reason.NOT_EDITABLE);
        item.withdraw(office, "错发", TODAY, NOW);
        assertThat(item.state()).isEqualTo(ItemState.WITHDRAWN);
        assertThat(item.indexNumber()).as("kept, never reused").isEqualTo("X/2026-00001");
        refused(() -> item.submit(author, EnumSet.allOf(ReviewStep.class), NOW), ItemRefused.Reason.NOT_EDITABLE);
    }

    @Test
    void aDraftIsSeenByItsAuthorOnlyAndNeverByAnotherAgency() {
        CatalogItem item = draft();
        assertThat(item.visibleTo(author)).isTrue();
        assertThat(item.visibleTo(office)).isFalse();
        assertThat(item.visibleTo(person(5, Role.SUBMITTER))).isFalse();
        item.submit(author, EnumSet.allOf(ReviewStep.class), NOW);
        assertThat(item.visibleTo(office)).isTrue();
        assertThat(item.visibleTo(leader)).isTrue();
        assertThat(item.visibleTo(person(5, Role.SUBMITTER))).isFalse();
        GongkaiUser elsewhere = new GongkaiUser(
                2, AGENCY + 1, false, "other", "他局", "", Set.of(Role.DISCLOSURE_OFFICER), false, false, true);
        assertThat(item.visibleTo(elsewhere)).isFalse();
    }

    private static void refused(Runnable move, ItemRefused.Reason reason) {
        assertThatThrownBy(move::run)
                .isInstanceOf(ItemRefused.class)
                .extracting(e -> ((ItemRefused) e).reason())
                .isEqualTo(reason);
    }

    private CatalogItem draft() {
        return new CatalogItem(AGENCY, author.personId(), content(), NOW);
    }

    static ItemContent content() {
        return new ItemContent(
                11,
                "关于印发《达州市商务局政府信息公开工作制度》的通知",
                null,
                "达州市商务局",
                LocalDate.of(2026, 12, 1),
                "达市商务发〔2026〕1号",
                null,
                "通知",
                Validity.IN_FORCE,
                null,
                DisclosureMode.PROACTIVE,
                "<p>正文</p>");
    }

    static GongkaiUser person(long id, Role role) {
        return new GongkaiUser(id, AGENCY, false, "p" + id, "人员" + id, "", Set.of(role), false, false, true);
    }
}
