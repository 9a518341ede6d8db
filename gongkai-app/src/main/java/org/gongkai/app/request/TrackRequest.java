package org.gongkai.app.request;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;
import org.gongkai.app.agency.api.AgencyDirectory;
import org.gongkai.app.agency.api.AgencySummary;
import org.gongkai.app.letter.api.LetterId;
import org.gongkai.app.letter.api.Letters;
import org.gongkai.app.system.api.AgencyId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An applicant looks up their request with its tracking number and access code. Nothing is shown without
 * both; an unknown number and a wrong code answer alike (and as slowly: the code is checked against a
 * dummy hash). After {@link ApplyProperties#trackingFailures()} wrong tries for one number, or
 * {@link ApplyProperties#trackingFailuresPerAddress()} from one address, within
 * {@link ApplyProperties#trackingLockMinutes()} minutes, the next try must wait.
 */
@Component
class TrackRequest {
    /** What the look-up found. */
    sealed interface Result {
        record Found(TrackedRequest request) implements Result {}

        record Wrong() implements Result {}

        record Wait(long minutes) implements Result {}
    }

    private final DisclosureRequests requests;
    private final PublicAttempts attempts;
    private final ApplyProperties settings;
    private final PasswordEncoder encoder;
    private final AgencyDirectory agencies;
    private final JdbcClient jdbc;
    private final Letters letters;
    private final Clock clock;
    private final String dummyHash;

    TrackRequest(
            DisclosureRequests requests,
            PublicAttempts attempts,
            ApplyProperties settings,
            PasswordEncoder encoder,
            AgencyDirectory agencies,
            JdbcClient jdbc,
            Letters letters,
            Clock clock) {
        this.letters = letters;
        this.requests = requests;
        this.attempts = attempts;
        this.settings = settings;
        this.encoder = encoder;
        this.agencies = agencies;
        this.jdbc = jdbc;
        this.clock = clock;
        this.dummyHash = encoder.encode("not-an-access-code");
    }

    @Transactional
    Result run(String trackingNumberInput, String accessCodeInput, String address) {
        String trackingNumber = trackingNumberInput.strip().toUpperCase(Locale.ROOT);
        String accessCode = accessCodeInput.strip().toUpperCase(Locale.ROOT);
        long wait = Math.max(
                waitMinutes(
                        PublicAttempts.Kind.TRACKING_FAILURE_BY_NUMBER, trackingNumber, settings.trackingFailures()),
                waitMinutes(
                        PublicAttempts.Kind.TRACKING_FAILURE_BY_ADDRESS,
                        address,
                        settings.trackingFailuresPerAddress()));
        if (wait > 0) {
            return new Result.Wait(wait);
        }
        var request = requests.findByTrackingNumber(trackingNumber);
        boolean matches = encoder.matches(
                accessCode, request.map(DisclosureRequest::accessCodeHash).orElse(dummyHash));
        if (request.isEmpty() || !matches) {
            attempts.record(PublicAttempts.Kind.TRACKING_FAILURE_BY_NUMBER, trackingNumber);
            attempts.record(PublicAttempts.Kind.TRACKING_FAILURE_BY_ADDRESS, address);
            return new Result.Wrong();
        }
        attempts.clear(PublicAttempts.Kind.TRACKING_FAILURE_BY_NUMBER, trackingNumber);
        DisclosureRequest found = request.get();
        String agencyName = agencies.find(new AgencyId(found.agencyId()))
                .map(AgencySummary::name)
                .orElse("");
        var submittedOn = jdbc.sql("SELECT submitted_at FROM online_application WHERE request_id = :id")
                .param("id", found.id())
                .query(OffsetDateTime.class)
                .optional()
                .map(at -> at.atZoneSameInstant(clock.getZone()).toLocalDate())
                .orElse(null);
        return new Result.Found(TrackedRequest.of(found, agencyName, submittedOn));
    }

    /**
     * The PDF of letter {@code letterId} of the request {@code trackingNumber} — only one of that request's
     * letters to the applicant ({@link TrackedRequest#toApplicant}); call it after {@link #run} found the request.
     */
    @Transactional(readOnly = true)
    Optional<Download> letter(String trackingNumber, long letterId) {
        return requests.findByTrackingNumber(trackingNumber.strip().toUpperCase(Locale.ROOT))
                .flatMap(r -> r.steps().stream()
                        .filter(TrackedRequest::toApplicant)
                        .filter(s -> s.letterId() == letterId)
                        .findFirst()
                        .flatMap(s -> letters.pdf(new AgencyId(r.agencyId()), new LetterId(letterId))
                                .map(pdf -> new Download(s.letterNumber(), pdf))));
    }

    /** A letter's PDF, and its 文号 to name the file. */
    record Download(String documentNumber, byte[] pdf) {}

    /** How many minutes to wait before {@code key} may try again (0: it may now). */
    private long waitMinutes(PublicAttempts.Kind kind, String key, int allowed) {
        Duration window = Duration.ofMinutes(settings.trackingLockMinutes());
        if (attempts.count(kind, key, window) < allowed) {
            return 0;
        }
        OffsetDateTime oldest = attempts.oldest(kind, key, window);
        OffsetDateTime free = (oldest == null ? OffsetDateTime.now(clock) : oldest).plus(window);
        long seconds = Duration.between(OffsetDateTime.now(clock), free).toSeconds();
        return Math.max(1, (seconds + 59) / 60);
    }
}
