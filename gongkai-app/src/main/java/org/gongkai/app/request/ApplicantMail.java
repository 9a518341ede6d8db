package org.gongkai.app.request;

import java.util.Locale;
import org.gongkai.app.agency.api.AgencyDirectory;
import org.gongkai.app.agency.api.AgencySummary;
import org.gongkai.app.calendar.api.ChineseDates;
import org.gongkai.app.request.api.ClarificationLapsed;
import org.gongkai.app.request.api.ClarificationRequested;
import org.gongkai.app.request.api.DeadlineExtended;
import org.gongkai.app.request.api.FeeNoticeSent;
import org.gongkai.app.request.api.PaymentLapsed;
import org.gongkai.app.request.api.RequestAnswered;
import org.gongkai.app.request.api.RequestEvent;
import org.gongkai.app.request.api.RequestRegistered;
import org.gongkai.app.system.api.AgencyId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the applicant of an online application by e-mail what happened to it, after the step committed: the
 * receipt (受理回执) on registration, then each notice the law gives them — 补正, 延期, 收费, the answer, and the
 * end of a request whose correction or payment period lapsed. Each mail names the agency, the tracking number and
 * the dates, and says where to read the letter itself (the tracking page, with the number and the access code);
 * it never carries the access code or the letter. Only when an SMTP server is configured ({@code spring.mail.host}:
 * Spring Boot then provides a {@link JavaMailSender}) and the applicant gave an address; otherwise nothing is sent
 * and nothing fails. Words from {@code i18n/request.properties} ({@code mail.*}); the sender is
 * {@code gongkai.mail.from}.
 *
 * <p>A failed sending is logged with the tracking number and the kind of failure only (a mail exception's text may
 * hold the address), and the step stands.
 *
 * <p>Sent on the task executor, not on the request's thread: the applicant's answer does not wait for the SMTP
 * server, and the request's connection is back in the pool before the event publication registry and the address
 * query take one (a listener after the commit on the request's thread needs a second connection while the first is
 * still held; under load every connection ends up held by a thread waiting for another). The registry keeps each
 * notice until it was handled, and delivers it again at the next start if the node stopped first.
 */
@Component
class ApplicantMail {
    private static final Logger log = LoggerFactory.getLogger(ApplicantMail.class);
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    private final ObjectProvider<JavaMailSender> mailSender;
    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final AgencyDirectory agencies;
    private final String from;

    ApplicantMail(
            ObjectProvider<JavaMailSender> mailSender,
            JdbcClient jdbc,
            MessageSource messages,
            AgencyDirectory agencies,
            @Value("${gongkai.mail.from:gongkai@localhost}") String from) {
        this.mailSender = mailSender;
        this.jdbc = jdbc;
        this.messages = messages;
        this.agencies = agencies;
        this.from = from;
    }

    @Async
    @TransactionalEventListener
    void on(RequestRegistered event) {
        if (Channel.ONLINE.name().equals(event.channel())) {
            notify(
                    "RequestRegistered",
                    event.agency(),
                    event.request(),
                    event.trackingNumber(),
                    date(event.receivedOn()),
                    date(event.dueOn()));
        }
    }

    @Async
    @TransactionalEventListener
    void on(RequestEvent event) {
        Object[] details = details(event);
        if (details != null) {
            notify(event.getClass().getSimpleName(), event.agency(), event.request(), event.trackingNumber(), details);
        }
    }

    /**
     * The words each notice fills in after the agency ({0}) and the tracking number ({1}); null: not a notice to
     * the applicant (a consultation, a payment recorded, a contact viewed …).
     */
    private static Object[] details(RequestEvent event) {
        if (event instanceof ClarificationRequested e) {
            return new Object[] {date(e.correctBy()), e.note() == null ? "" : e.note()};
        } else if (event instanceof DeadlineExtended e) {
            return new Object[] {e.extensionWorkingDays(), date(e.dueOn())};
        } else if (event instanceof FeeNoticeSent e) {
            return new Object[] {e.feeAmount(), date(e.payBy())};
        } else if (event instanceof RequestAnswered e) {
            return new Object[] {date(e.answeredOn())};
        } else if (event instanceof ClarificationLapsed || event instanceof PaymentLapsed) {
            return new Object[] {};
        }
        return null;
    }

    private void notify(String kind, AgencyId agencyId, long request, String tracking, Object... details) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return;
        }
        String email = jdbc.sql("SELECT email FROM online_application WHERE request_id = :id")
                .param("id", request)
                .query(String.class)
                .optional()
                .orElse(null);
        if (email == null || email.isBlank()) {
            return;
        }
        String agency = name(agencyId);
        Object[] subject = {agency, tracking};
        Object[] body = new Object[details.length + 2];
        body[0] = agency;
        body[1] = tracking;
        System.arraycopy(details, 0, body, 2, details.length);
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(email);
        message.setSubject(messages.getMessage("mail." + kind + ".subject", subject, ZH));
        message.setText(messages.getMessage("mail." + kind + ".body", body, ZH)
                + messages.getMessage("mail.footer", subject, ZH));
        try {
            sender.send(message);
            log.info("{} of request {} sent by e-mail", kind, tracking);
        } catch (MailException e) {
            log.warn(
                    "Could not send {} of request {} by e-mail: {}",
                    kind,
                    tracking,
                    e.getClass().getSimpleName());
        }
    }

    private String name(AgencyId agency) {
        return agencies.find(agency).map(AgencySummary::name).orElse("");
    }

    private static String date(java.time.LocalDate day) {
        return day == null ? "" : ChineseDates.format(day);
    }
}
