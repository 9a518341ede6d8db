package org.gongkai.app.request;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * {@code /track}: an applicant enters the tracking number and access code (posted, so neither lands in an
 * address bar, a history or an access log) and sees where the request stands. Wrong codes are limited
 * ({@link TrackRequest}); a look-up that must wait answers 429.
 */
@Controller
@RequestMapping("/track")
class TrackController {
    private final TrackRequest trackRequest;

    TrackController(TrackRequest trackRequest) {
        this.trackRequest = trackRequest;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("form", new TrackForm());
        return "request/track";
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
