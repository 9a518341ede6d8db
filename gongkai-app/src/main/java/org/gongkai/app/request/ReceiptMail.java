package org.gongkai.app.request;

import java.util.Locale;
import org.gongkai.app.agency.api.AgencyDirectory;
import org.gongkai.app.agency.api.AgencySummary;
import org.gongkai.app.calendar.api.ChineseDates;
import org.gongkai.app.request.api.RequestRegistered;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sends the applicant of an online application the receipt (受理回执) by e-mail, after the registration
 * committed: the agency, the tracking number, the receipt and due dates — never the access code. Only when
 * an SMTP server is configured ({@code spring.mail.host}: Spring Boot then provides a {@link JavaMailSender})
 * and the applicant gave an address; otherwise nothing is sent and nothing fails. Words from
 * {@code i18n/request.properties} ({@code mail.receipt.*}); the sender is {@code gongkai.mail.from}.
 *
 * <p>A failed sending is logged with the tracking number and the kind of failure only (a mail exception's
 * text may hold the address), and the application stands: the page already showed the number and the code.
 */
@Component
class ReceiptMail {
    private static final Logger log = LoggerFactory.getLogger(ReceiptMail.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final AgencyDirectory agencies;
    private final String from;

    ReceiptMail(
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

    @TransactionalEventListener
    void on(RequestRegistered event) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null || !Channel.ONLINE.name().equals(event.channel())) {
            return;
        }
        String email = jdbc.sql("SELECT email FROM online_application WHERE request_id = :id")
                .param("id", event.request())
                .query(String.class)
                .optional()
                .orElse(null);
        if (email == null || email.isBlank()) {
            return;
        }
        Locale zh = Locale.SIMPLIFIED_CHINESE;
        String agency = agencies.find(event.agency()).map(AgencySummary::name).orElse("");
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(email);
        message.setSubject(
                messages.getMessage("mail.receipt.subject", new Object[] {agency, event.trackingNumber()}, zh));
        message.setText(messages.getMessage(
                "mail.receipt.body",
                new Object[] {
                    agency,
                    event.trackingNumber(),
                    ChineseDates.format(event.receivedOn()),
                    ChineseDates.format(event.dueOn())
                },
                zh));
        try {
            sender.send(message);
            log.info("Receipt of online application {} sent by e-mail", event.trackingNumber());
        } catch (MailException e) {
            log.warn(
                    "Could not send the receipt of online application {} by e-mail: {}",
                    event.trackingNumber(),
                    e.getClass().getSimpleName());
        }
    }
}
