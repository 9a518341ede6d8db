package org.gongkai.app.calendar;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The form that loads a year's holiday notice (or a region's extra holidays). */
class NoticeForm {

    @NotNull(message = "{calendar.notice.year.required}")
    @Min(value = 2000, message = "{calendar.notice.year.range}")
    @Max(value = 2100, message = "{calendar.notice.year.range}")
    private Integer year;

    @NotBlank(message = "{calendar.notice.region.invalid}")
    @Pattern(regexp = "CN|\\d{6}", message = "{calendar.notice.region.invalid}")
    private String region = "CN";

    @NotBlank(message = "{calendar.notice.source.required}")
    @Size(max = 500, message = "{calendar.notice.source.tooLong}")
    private String source;

    @NotBlank(message = "{calendar.notice.text.required}")
    @Size(max = 20000, message = "{calendar.notice.text.tooLong}")
    private String text;

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region == null ? null : region.strip();
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
