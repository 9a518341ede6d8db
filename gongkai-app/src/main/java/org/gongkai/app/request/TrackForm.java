package org.gongkai.app.request;

/** What an applicant types to see their request: the tracking number and the access code. */
class TrackForm {
    private String trackingNumber = "";
    private String accessCode = "";

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
