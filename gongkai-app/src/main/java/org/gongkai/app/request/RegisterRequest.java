package org.gongkai.app.request;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.gongkai.app.agency.api.CreditCode;
import org.gongkai.app.calendar.api.WorkingDayCalendar;
import org.gongkai.app.letter.api.IssuedLetter;
import org.gongkai.app.letter.api.LetterKind;
import org.gongkai.app.letter.api.LetterRefused;
import org.gongkai.app.request.api.RequestRegistered;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.AgencyId;
import org.gongkai.app.system.api.GongkaiUser;
import org.gongkai.app.system.api.PlainText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * The disclosure office registers an application that came by letter, in person, by fax or by e-mail
 * (条例第二十九条 content, 第三十一条 receipt date), and gives the applicant a tracking number and an access
 * code (shown once; only its hash is kept). The reply is due 20 working days after the receipt date.
 * Publishes {@link RequestRegistered}.
 */
@Component
class RegisterRequest {
    /** The Regulations in force (2019 revision): no earlier receipt date. */
    static final LocalDate REGULATIONS_IN_FORCE = LocalDate.of(2019, 5, 15);

    private static final String ACCESS_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    /** The request and the access code to give the applicant once. */
    record Registered(DisclosureRequest request, String accessCode) {}

    private final DisclosureRequests requests;
    private final WorkingDayCalendar calendar;
    private final PasswordEncoder encoder;
    private final IdentityHashes identities;
    private final StepLetters letters;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    RegisterRequest(
            DisclosureRequests requests,
            WorkingDayCalendar calendar,
            PasswordEncoder encoder,
            IdentityHashes identities,
            StepLetters letters,
            ApplicationEventPublisher events,
            Clock clock) {
        this.letters = letters;
        this.requests = requests;
        this.calendar = calendar;
        this.encoder = encoder;
        this.identities = identities;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    Optional<Registered> run(GongkaiUser staff, RequestForm form, Errors errors) {
        LocalDate today = LocalDate.now(clock);
        if (form.getChannel() == null && !errors.hasFieldErrors("channel")) {
            errors.rejectValue("channel", "request.channel.required");
        }
        if (!errors.hasFieldErrors("receivedOn")) {
            if (form.getReceivedOn() == null) {
                errors.rejectValue("receivedOn", "request.receivedOn.required");
            } else if (form.getReceivedOn().isAfter(today)) {
                errors.rejectValue("receivedOn", "request.receivedOn.future");
            } else if (form.getReceivedOn().isBefore(REGULATIONS_IN_FORCE)) {
                errors.rejectValue("receivedOn", "request.receivedOn.beforeRegulations");
            }
        }
        String name = form.getApplicantName().strip();
        checkLine(name, "applicantName", 200, errors);
        String contact = form.getContact().strip();
        checkLine(contact, "contact", 500, errors);
        String description = form.getDescription().strip();
        if (description.isEmpty()) {
            errors.rejectValue("description", "request.description.required");
        } else if (description.length() > 5000) {
            errors.rejectValue("description", "request.description.tooLong", new Object[] {5000}, null);
        }
        String delivery = form.getDelivery().strip();
        if (PlainText.hasHiddenCharacters(delivery)) {
            errors.rejectValue("delivery", "text.hiddenCharacters");
        }
        String identity = checkIdentity(form.getIdentityKind(), form.getIdentityNumber(), today, errors);
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        try {
            return Optional.of(registerChecked(staff, form, name, identity, contact, description, delivery));
        } catch (LetterRefused refusal) {
            return receiptRefused(refusal, errors);
        }
    }

    /**
     * The receipt could not be issued (the agency's template names a value registration does not give): said
     * above the form, the transaction rolled back — nothing is registered.
     */
    static Optional<Registered> receiptRefused(LetterRefused refusal, Errors errors) {
        StepLetters.refused(refusal, java.util.Map.of(), errors);
        return Optional.empty();
    }

    private Registered registerChecked(
            GongkaiUser staff,
            RequestForm form,
            String name,
            String identity,
            String contact,
            String description,
            String delivery) {
        return register(
                Actor.of(staff),
                staff.agency(),
                staff.personId(),
                form.getChannel(),
                form.getReceivedOn(),
                form.getApplicantKind(),
                name,
                form.getIdentityKind(),
                identity,
                contact,
                description,
                delivery);
    }

    /**
     * Registers an application whose fields were checked (by {@link #run} for staff, by {@link ApplyOnline} for
     * the public form): keeps the identity number only masked and hashed, gives a tracking number and an
     * access code, and publishes {@link RequestRegistered}.
     *
     * @param registeredBy the person who registered it, or null when the applicant applied online
     */
    @Transactional
    Registered register(
            Actor actor,
            AgencyId agency,
            Long registeredBy,
            Channel channel,
            LocalDate receivedOn,
            ApplicantKind applicantKind,
            String name,
            IdentityKind identityKind,
            String identity,
            String contact,
            String description,
            String delivery) {
        String accessCode = accessCode();
        OffsetDateTime now = OffsetDateTime.now(clock);
        Applicant applicant = new Applicant(
                applicantKind,
                name,
                identityKind,
                mask(identityKind, identity),
                identities.of(identityKind, identity),
                contact);
        DisclosureRequest request = requests.save(new DisclosureRequest(
                agency.value(),
                trackingNumber(receivedOn),
                encoder.encode(accessCode),
                channel,
                applicant,
                description,
                delivery.isEmpty() ? null : delivery,
                receivedOn,
                registeredBy,
                now,
                calendar));
        IssuedLetter receipt = letters.issue(
                actor, request, LetterKind.RECEIPT, letters.about(request).build());
        request.record(
                new RequestStep(DisclosureRequest.Step.REGISTER, request.receivedOn(), registeredBy, actor.name(), now)
                        .letter(receipt));
        events.publishEvent(new RequestRegistered(
                actor,
                now,
                agency,
                request.id(),
                request.trackingNumber(),
                channel.name(),
                request.receivedOn(),
                request.dueOn()));
        return new Registered(request, accessCode);
    }

    private static void checkLine(String value, String field, int max, Errors errors) {
        if (value.isEmpty()) {
            errors.rejectValue(field, "request." + field + ".required");
        } else if (PlainText.hasHiddenCharacters(value)) {
            errors.rejectValue(field, "text.hiddenCharacters");
        } else if (value.length() > max) {
            errors.rejectValue(field, "request.tooLong", new Object[] {max}, null);
        }
    }

    /** The identity number, normalised; null with the reason at the field {@code identityNumber}. */
    static String checkIdentity(IdentityKind identityKind, String input, LocalDate today, Errors errors) {
        String number = input.strip();
        if (number.isEmpty()) {
            errors.rejectValue("identityNumber", "request.identityNumber.required");
            return null;
        }
        IdentityKind kind = identityKind == null ? IdentityKind.OTHER : identityKind;
        switch (kind) {
            case RESIDENT_ID -> {
                try {
                    return IdentityNumber.check(number, today);
                } catch (IdentityNumber.Invalid e) {
                    errors.rejectValue(
                            "identityNumber", "identityNumber." + e.problem().name());
                    return null;
                }
            }
            case CREDIT_CODE -> {
                if (CreditCode.check(number) instanceof CreditCode.Result.Valid valid) {
                    return valid.code().value();
                }
                errors.rejectValue("identityNumber", "request.identityNumber.creditCode");
                return null;
            }
            default -> {
                if (PlainText.hasHiddenCharacters(number) || number.length() > 64) {
                    errors.rejectValue("identityNumber", "request.identityNumber.other");
                    return null;
                }
                return number;
            }
        }
    }

    private static String mask(IdentityKind kind, String number) {
        if (kind == IdentityKind.RESIDENT_ID) {
            return IdentityNumber.masked(number);
        }
        int shown = Math.min(4, number.length() / 3);
        return "*".repeat(number.length() - shown) + number.substring(number.length() - shown);
    }

    /** {@code YYYYMMDD-NNNNNN}: the receipt day and six random digits, unique across the platform. */
    private String trackingNumber(LocalDate receivedOn) {
        while (true) {
            String candidate = receivedOn.format(DAY) + "-" + String.format("%06d", random.nextInt(1_000_000));
            if (!requests.existsByTrackingNumber(candidate)) {
                return candidate;
            }
        }
    }

    /** Eight characters from an alphabet without look-alikes (no 0/O, 1/I/L). */
    private String accessCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            code.append(ACCESS_CODE_ALPHABET.charAt(random.nextInt(ACCESS_CODE_ALPHABET.length())));
        }
        return code.toString();
    }
}
