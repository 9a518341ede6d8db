package org.gongkai.app.request;

/**
 * What a member of the public types on an agency's application form (条例第二十九条第二款): who they are
 * and how to reach them, what information they ask for, and in which form and way they want it.
 */
class ApplicationForm {
    static final int NAME_MAX = 200;
    static final int PHONE_MAX = 40;
    static final int ADDRESS_MAX = 180;
    static final int EMAIL_MAX = 254;
    static final int INFORMATION_NAME_MAX = 200;
    static final int DOCUMENT_NUMBER_MAX = 100;
    static final int DESCRIPTION_MAX = 2000;

    private ApplicantKind applicantKind = ApplicantKind.NATURAL_PERSON;
    private String applicantName = "";
    private IdentityKind identityKind = IdentityKind.RESIDENT_ID;
    private String identityNumber = "";
    private String phone = "";
    private String address = "";
    private String email = "";
    private String informationName = "";
    private String documentNumber = "";
    private String description = "";
    private InformationForm informationForm = InformationForm.ELECTRONIC;
    private DeliveryWay deliveryWay = DeliveryWay.EMAIL;

    private static String text(String value) {
        return value == null ? "" : value;
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
        this.applicantName = text(applicantName);
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
        this.identityNumber = text(identityNumber);
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = text(phone);
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = text(address);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = text(email);
    }

    public String getInformationName() {
        return informationName;
    }

    public void setInformationName(String informationName) {
        this.informationName = text(informationName);
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public void setDocumentNumber(String documentNumber) {
        this.documentNumber = text(documentNumber);
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = text(description);
    }

    public InformationForm getInformationForm() {
        return informationForm;
    }

    public void setInformationForm(InformationForm informationForm) {
        this.informationForm = informationForm;
    }

    public DeliveryWay getDeliveryWay() {
        return deliveryWay;
    }

    public void setDeliveryWay(DeliveryWay deliveryWay) {
        this.deliveryWay = deliveryWay;
    }
}
