package org.gongkai.app.catalog;

import org.gongkai.app.agency.TestOrganisation;
import org.gongkai.app.system.api.GongkaiUser;
import org.gongkai.app.system.api.Role;
import org.springframework.context.ApplicationContext;
import org.springframework.validation.BeanPropertyBindingResult;

/**
 * An agency of its own with one person per step of the chain, and items drafted, submitted, published
 * and withdrawn through the real use cases: the public endpoints' tests (and browser journeys) start from it.
 */
public class PortalFixture {
    public final TestOrganisation.AgencyRef agency;
    final GongkaiUser submitter;
    final GongkaiUser office;
    final GongkaiUser secrets;
    final GongkaiUser leader;
    final GongkaiUser admin;

    private final ApplicationContext context;

    public PortalFixture(ApplicationContext context, String name) {
        this.context = context;
        TestOrganisation org = new TestOrganisation(context);
        agency = org.agency(name + TestOrganisation.unique());
        submitter = org.person(agency, "pf-submitter", Role.SUBMITTER).principal();
        office = org.person(agency, "pf-office", Role.DISCLOSURE_OFFICER).principal();
        secrets =
                org.person(agency, "pf-secrets", Role.CONFIDENTIALITY_REVIEWER).principal();
        leader = org.person(agency, "pf-leader", Role.APPROVING_LEADER).principal();
        admin = org.person(agency, "pf-admin", Role.AGENCY_ADMIN).principal();
        context.getBean(OpenCatalog.class).open(agency.agencyId());
    }

    public long id() {
        return agency.id();
    }

    /** The agency's column named {@code name}. */
    long column(String name) {
        return context.getBean(CatalogColumns.class).findByAgencyIdOrderByPositionAscIdAsc(agency.id()).stream()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow()
                .id();
    }

    /** A draft in {@code column}. */
    public long draft(String column, String title, String body) {
        return draft(column, title, body, null, "IN_FORCE", null);
    }

    long draft(String column, String title, String body, String topic, String validity, String changedOn) {
        ItemForm form = new ItemForm();
        form.setColumnId(Long.toString(column(column)));
        form.setTitle(title);
        form.setPublisher(agency.name());
        form.setFormedOn("2026-12-01");
        form.setTopic(topic);
        form.setValidity(validity);
        form.setValidityChangedOn(changedOn);
        form.setDocumentNumber("测试发〔2026〕1号");
        form.setSummary("内容概述：" + title);
        form.setBody(body);
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");
        return context.getBean(DraftItem.class)
                .run(submitter, form, errors)
                .orElseThrow(() -> new AssertionError(errors.toString()))
                .id();
    }

    /** A draft, submitted: it waits for the office's review. */
    long inReview(String column, String title, String body) {
        long id = draft(column, title, body);
        context.getBean(SubmitItem.class).run(submitter, id);
        return id;
    }

    public long publish(String column, String title, String body) {
        return publish(draft(column, title, body));
    }

    long publish(long draft) {
        context.getBean(SubmitItem.class).run(submitter, draft);
        PassItem pass = context.getBean(PassItem.class);
        pass.run(office, draft);
        pass.run(secrets, draft);
        pass.run(leader, draft);
        return draft;
    }

    /** A published item corrected once through the chain: version 2 shows {@code newBody}, version 1 is history. */
    public long corrected(String column, String title, String body, String newBody) {
        long id = publish(column, title, body);
        ReasonForm reason = new ReasonForm();
        reason.setReason("正文有误");
        long correction = context.getBean(DraftCorrection.class)
                .run(submitter, id, reason, new BeanPropertyBindingResult(reason, "reason"))
                .orElseThrow()
                .id();
        ItemForm form = ItemForm.of(context.getBean(CatalogItems.class)
                .findById(correction)
                .orElseThrow()
                .content());
        form.setBody(newBody);
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");
        if (!context.getBean(EditItem.class).run(submitter, correction, form, errors)) {
            throw new AssertionError(errors.toString());
        }
        publish(correction);
        return id;
    }

    long withdrawn(String column, String title, String body) {
        long id = publish(column, title, body);
        ReasonForm reason = new ReasonForm();
        reason.setReason("内容有误");
        context.getBean(WithdrawItem.class).run(office, id, reason, new BeanPropertyBindingResult(reason, "reason"));
        return id;
    }
}
