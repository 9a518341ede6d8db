package org.gongkai.app.request;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /track}: an applicant enters the tracking number and access code (posted, so neither lands in an
 * address bar, a history or an access log) and sees where the request stands. Wrong codes are limited
 * ({@link TrackRequest}); a look-up that must wait answers 429.
 */
@Controller
@RequestMapping("/track")
class TrackController {
    private final TrackRequest trackRequest;
    private final ReceiveCorrection receiveCorrection;

    TrackController(TrackRequest trackRequest, ReceiveCorrection receiveCorrection) {
        this.trackRequest = trackRequest;
        this.receiveCorrection = receiveCorrection;
    }

    /**
     * The applicant sends the corrected request (条例第三十条): the tracking number and access code come again in
     * the form, are checked as on the look-up (and count towards its limits); only a request awaiting the
     * correction takes it. The page then shows the request with its new due date; on an error, the text stays.
     */
    @PostMapping("/correction")
    String correction(
            @ModelAttribute("form") TrackForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        String text = form.getNote();
        String view = track(form, errors, model, request, response);
        if (!(model.getAttribute("tracked") instanceof TrackedRequest tracked)) {
            return view;
        }
        var dueOn = receiveCorrection.byApplicant(tracked.trackingNumber(), text, errors);
        if (dueOn.isEmpty()) {
            model.addAttribute("correctionFailed", true);
            return view;
        }
        TrackRequest.Result result =
                trackRequest.run(form.getTrackingNumber(), form.getAccessCode(), request.getRemoteAddr());
        if (result instanceof TrackRequest.Result.Found found) {
            model.addAttribute("tracked", found.request());
        }
        form.setNote("");
        model.addAttribute("corrected", dueOn.get());
        return view;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("form", new TrackForm());
        return "request/track";
    }

    /**
     * One letter of the request, as PDF: the tracking number and access code come again in the form (never in
     * the address), are checked as on the look-up (and count towards its limits), and only a letter of that
     * request to the applicant is given — as an attachment, not kept by any cache. Without a letter (or with a
     * wrong number or code) it answers as the look-up does.
     */
    @PostMapping("/letter")
    ModelAndView letter(
            @ModelAttribute("form") TrackForm form,
            BindingResult errors,
            @RequestParam(name = "letter", required = false) Long letterId,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        String view = track(form, errors, model, request, response);
        if (!(model.getAttribute("tracked") instanceof TrackedRequest tracked) || letterId == null) {
            return new ModelAndView(view);
        }
        TrackRequest.Download letter = trackRequest
                .letter(tracked.trackingNumber(), letterId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        response.setContentType(MediaType.APPLICATION_PDF_VALUE);
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(letter.documentNumber() + ".pdf", StandardCharsets.UTF_8)
                        .build()
                        .toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setContentLength(letter.pdf().length);
        response.getOutputStream().write(letter.pdf());
        return null;
    }

    @PostMapping
    String track(
            @ModelAttribute("form") TrackForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        if (form.getTrackingNumber().isBlank()) {
            errors.rejectValue("trackingNumber", "track.trackingNumber.required");
        } else if (form.getTrackingNumber().length() > 32) {
            errors.rejectValue("trackingNumber", "track.wrong");
        }
        if (form.getAccessCode().isBlank()) {
            errors.rejectValue("accessCode", "track.accessCode.required");
        } else if (form.getAccessCode().length() > 32) {
            errors.rejectValue("accessCode", "track.wrong");
        }
        if (errors.hasErrors()) {
            return "request/track";
        }
        TrackRequest.Result result =
                trackRequest.run(form.getTrackingNumber(), form.getAccessCode(), request.getRemoteAddr());
        response.setHeader("Cache-Control", "no-store");
        if (result instanceof TrackRequest.Result.Found found) {
            model.addAttribute("tracked", found.request());
            return "request/tracked";
        }
        if (result instanceof TrackRequest.Result.Wait wait) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            errors.reject("track.wait", new Object[] {wait.minutes()}, null);
        } else {
            errors.reject("track.wrong");
        }
        form.setAccessCode("");
        return "request/track";
    }
}
