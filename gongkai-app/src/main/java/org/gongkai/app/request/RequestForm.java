package org.gongkai.app.request;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** What staff type to register an application that came by letter, in person, by fax or by e-mail. */
class RequestForm {
    private Channel channel;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate receivedOn;

    private ApplicantKind applicantKind = ApplicantKind.NATURAL_PERSON;
    private String applicantName = "";
    private IdentityKind identityKind = IdentityKind.RESIDENT_ID;
    private String identityNumber = "";
    private String contact = "";
    private String description = "";
    private String delivery = "";

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }

    public ApplicantKind getApplicantKind() {
        return applicantKind;
    }

    public void setApplicantKind(ApplicantKind applicantKind) {
        this.applicantKind = applicantKind;
    }

    public String getApplicantName() {
        return applicantName;
    }

    public void setApplicantName(String applicantName) {
        this.applicantName = applicantName == null ? "" : applicantName;
    }

    public IdentityKind getIdentityKind() {
        return identityKind;
    }

    public void setIdentityKind(IdentityKind identityKind) {
        this.identityKind = identityKind;
    }

    public String getIdentityNumber() {
        return identityNumber;
    }

    public void setIdentityNumber(String identityNumber) {
        this.identityNumber = identityNumber == null ? "" : identityNumber;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact == null ? "" : contact;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description == null ? "" : description;
    }

    public String getDelivery() {
        return delivery;
    }

    public void setDelivery(String delivery) {
        this.delivery = delivery == null ? "" : delivery;
    }
}
