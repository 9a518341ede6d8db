package org.gongkai.app.calendar;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The form that checks a deadline: a start day (not counted) and a number of working days. */
class DeadlineForm {

    @NotNull(message = "{calendar.deadline.start.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate start;

    @NotNull(message = "{calendar.deadline.days.required}")
    @Min(value = 0, message = "{calendar.deadline.days.range}")
    @Max(value = 250, message = "{calendar.deadline.days.range}")
    private Integer days = 20;

    @Pattern(regexp = "|CN|\\d{6}", message = "{calendar.notice.region.invalid}")
    private String region = "CN";

    public LocalDate getStart() {
        return start;
    }

    public void setStart(LocalDate start) {
        this.start = start;
    }

    public Integer getDays() {
        return days;
    }

    public void setDays(Integer days) {
        this.days = days;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region == null ? null : region.strip();
    }
}
