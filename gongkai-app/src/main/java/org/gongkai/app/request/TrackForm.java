package org.gongkai.app.request;

/**
 * What an applicant types to see their request: the tracking number and the access code (and, sending a
 * correction from the tracking page, its text).
 */
class TrackForm {
    private String trackingNumber = "";
    private String accessCode = "";
    private String note = "";

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note == null ? "" : note;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public void setTrackingNumber(String trackingNumber) {
        this.trackingNumber = trackingNumber == null ? "" : trackingNumber;
    }

    public String getAccessCode() {
        return accessCode;
    }

    public void setAccessCode(String accessCode) {
        this.accessCode = accessCode == null ? "" : accessCode;
    }
}
