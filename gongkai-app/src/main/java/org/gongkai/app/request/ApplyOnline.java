package org.gongkai.app.request;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.gongkai.app.calendar.api.WorkingDayCalendar;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.AgencyId;
import org.gongkai.app.system.api.PlainText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * A member of the public applies on an agency's portal (条例第二十七、二十九条; channel 互联网, 第三十一条).
 * The form is checked field by field; then the abuse limits (per client address and per identity, counted in
 * the database: {@link PublicAttempts}); then the request is registered through {@link RegisterRequest} with
 * the receipt date of an online application: the day it was made when that is a working day (before
 * {@link ApplyProperties#officeClosesAt()} if set), otherwise the next working day. Nothing of the applicant is
 * logged: only the tracking number and the agency.
 */
@Component
class ApplyOnline {
    private static final Logger log = LoggerFactory.getLogger(ApplyOnline.class);
    private static final Pattern PHONE = Pattern.compile("[0-9+()\\- ]{5,40}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    private final RegisterRequest registerRequest;
    private final PublicAttempts attempts;
    private final ApplyProperties settings;
    private final WorkingDayCalendar calendar;
    private final MessageSource messages;
    private final JdbcClient jdbc;
    private final Clock clock;

    ApplyOnline(
            RegisterRequest registerRequest,
            PublicAttempts attempts,
            ApplyProperties settings,
            WorkingDayCalendar calendar,
            MessageSource messages,
            JdbcClient jdbc,
            Clock clock) {
        this.registerRequest = registerRequest;
        this.attempts = attempts;
        this.settings = settings;
        this.calendar = calendar;
        this.messages = messages;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Registers the application of {@code form} to {@code agency}, or says at the fields what is wrong (and,
     * as a global error {@code apply.limit.*}, when a limit refuses it).
     */
    @Transactional
    Optional<RegisterRequest.Registered> run(AgencyId agency, ApplicationForm form, Errors errors, String address) {
        ZonedDateTime now = ZonedDateTime.now(clock);
        String name = form.getApplicantName().strip();
        line(name, "applicantName", ApplicationForm.NAME_MAX, true, errors);
        if (form.getApplicantKind() == null) {
            errors.rejectValue("applicantKind", "apply.applicantKind.required");
        }
        if (form.getIdentityKind() == null) {
            errors.rejectValue("identityKind", "apply.identityKind.required");
        } else if (form.getApplicantKind() != null && mismatch(form.getApplicantKind(), form.getIdentityKind())) {
            errors.rejectValue("identityKind", "apply.identityKind.mismatch");
        }
        String identity = form.getIdentityKind() == null
                ? null
                : RegisterRequest.checkIdentity(
                        form.getIdentityKind(), form.getIdentityNumber(), now.toLocalDate(), errors);
        String phone = form.getPhone().strip();
        if (phone.isEmpty()) {
            errors.rejectValue("phone", "apply.phone.required");
        } else if (!PHONE.matcher(phone).matches()) {
            errors.rejectValue("phone", "apply.phone.invalid");
        }
        DeliveryWay way = form.getDeliveryWay();
        String postal = form.getAddress().strip();
        line(postal, "address", ApplicationForm.ADDRESS_MAX, way != null && way.needsAddress(), errors);
        String email = form.getEmail().strip();
        if (email.isEmpty()) {
            if (way != null && way.needsEmail()) {
                errors.rejectValue("email", "apply.email.required");
            }
        } else if (email.length() > ApplicationForm.EMAIL_MAX
                || !EMAIL.matcher(email).matches()) {
            errors.rejectValue("email", "apply.email.invalid");
        }
        String informationName = form.getInformationName().strip();
        line(informationName, "informationName", ApplicationForm.INFORMATION_NAME_MAX, false, errors);
        String documentNumber = form.getDocumentNumber().strip();
        line(documentNumber, "documentNumber", ApplicationForm.DOCUMENT_NUMBER_MAX, false, errors);
        String description = form.getDescription().strip();
        if (description.length() > ApplicationForm.DESCRIPTION_MAX) {
            errors.rejectValue("description", "request.tooLong", new Object[] {ApplicationForm.DESCRIPTION_MAX}, null);
        } else if (informationName.isEmpty() && documentNumber.isEmpty() && description.isEmpty()) {
            errors.rejectValue("description", "apply.information.required");
        }
        if (form.getInformationForm() == null) {
            errors.rejectValue("informationForm", "apply.informationForm.required");
        }
        if (way == null) {
            errors.rejectValue("deliveryWay", "apply.deliveryWay.required");
        }
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        Duration window = Duration.ofHours(settings.windowHours());
        String identityKey = form.getIdentityKind().name() + ":" + identity;
        if (attempts.count(PublicAttempts.Kind.APPLICATION_BY_ADDRESS, address, window)
                >= settings.applicationsPerAddress()) {
            errors.reject(
                    "apply.limit.address",
                    new Object[] {settings.applicationsPerAddress(), settings.windowHours()},
                    null);
            return Optional.empty();
        }
        if (attempts.count(PublicAttempts.Kind.APPLICATION_BY_IDENTITY, identityKey, window)
                >= settings.applicationsPerIdentity()) {
            errors.reject(
                    "apply.limit.identity",
                    new Object[] {settings.applicationsPerIdentity(), settings.windowHours()},
                    null);
            return Optional.empty();
        }
        LocalDate receivedOn = receivedOn(now);
        RegisterRequest.Registered registered;
        try {
            registered = registerRequest.register(
                    Actor.system(),
                    agency,
                    null,
                    Channel.ONLINE,
                    receivedOn,
                    form.getApplicantKind(),
                    name,
                    form.getIdentityKind(),
                    identity,
                    contact(phone, postal, email),
                    information(informationName, documentNumber, description),
                    delivery(form.getInformationForm(), way));
        } catch (org.gongkai.app.letter.api.LetterRefused refusal) {
            return RegisterRequest.receiptRefused(refusal, errors);
        }
        attempts.record(PublicAttempts.Kind.APPLICATION_BY_ADDRESS, address);
        attempts.record(PublicAttempts.Kind.APPLICATION_BY_IDENTITY, identityKey);
        jdbc.sql("INSERT INTO online_application (request_id, email, submitted_at) VALUES (:id, :email, :at)")
                .param("id", registered.request().id())
                .param("email", email.isEmpty() ? null : email)
                .param("at", OffsetDateTime.now(clock))
                .update();
        log.info(
                "Online application {} registered for agency {}",
                registered.request().trackingNumber(),
                agency.value());
        return Optional.of(registered);
    }

    /**
     * 第三十一条: an online application is received on the day both sides confirm it. The platform confirms at
     * once; on a non-working day (or after the office closes, if configured) it counts from the next working day.
     */
    LocalDate receivedOn(ZonedDateTime now) {
        LocalDate today = now.toLocalDate();
        LocalTime closes = settings.officeClosesAt();
        boolean afterHours = closes != null && !now.toLocalTime().isBefore(closes);
        if (calendar.isWorkingDay(today) && !afterHours) {
            return today;
        }
        return calendar.addWorkingDays(today, 1).date();
    }

    /** A person with a credit code, or an organisation with a resident identity card. */
    private static boolean mismatch(ApplicantKind applicant, IdentityKind identity) {
        return applicant.naturalPerson() ? identity == IdentityKind.CREDIT_CODE : identity == IdentityKind.RESIDENT_ID;
    }

    private static void line(String value, String field, int max, boolean required, Errors errors) {
        if (value.isEmpty()) {
            if (required) {
                errors.rejectValue(field, "apply." + field + ".required");
            }
        } else if (PlainText.hasHiddenCharacters(value)) {
            errors.rejectValue(field, "text.hiddenCharacters");
        } else if (value.length() > max) {
            errors.rejectValue(field, "request.tooLong", new Object[] {max}, null);
        }
    }

    private String contact(String phone, String postal, String email) {
        List<String> parts = new ArrayList<>();
        parts.add(message("apply.stored.phone", phone));
        if (!postal.isEmpty()) {
            parts.add(message("apply.stored.address", postal));
        }
        if (!email.isEmpty()) {
            parts.add(message("apply.stored.email", email));
        }
        return String.join(message("apply.stored.separator"), parts);
    }

    private String information(String informationName, String documentNumber, String description) {
        List<String> parts = new ArrayList<>();
        if (!informationName.isEmpty()) {
            parts.add(message("apply.stored.informationName", informationName));
        }
        if (!documentNumber.isEmpty()) {
            parts.add(message("apply.stored.documentNumber", documentNumber));
        }
        if (!description.isEmpty()) {
            parts.add(message("apply.stored.description", description));
        }
        return String.join("\n", parts);
    }

    private String delivery(InformationForm informationForm, DeliveryWay way) {
        return message(
                "apply.stored.delivery",
                message("informationForm." + informationForm.name()),
                message("deliveryWay." + way.name()));
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.SIMPLIFIED_CHINESE);
    }
}
