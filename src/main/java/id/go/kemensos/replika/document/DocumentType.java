package id.go.kemensos.replika.document;

/** What a document is, as chosen by the uploader. Shown through the translation key {@link #messageKey()}. */
public enum DocumentType {
    INNOVATION_PROFILE,
    AWARD_CERTIFICATE,
    SOP,
    INTEREST_LETTER,
    AGREEMENT,
    TEAM_DECREE,
    ACTION_PLAN,
    MONITORING_REPORT,
    EVALUATION_REPORT,
    PHOTO,
    OTHER;

    public String messageKey() {
        return "document.type." + name();
    }
}
