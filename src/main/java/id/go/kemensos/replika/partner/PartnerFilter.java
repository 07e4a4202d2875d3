package id.go.kemensos.replika.partner;

/** Criteria of the partners grid; null or blank text means "any". */
public record PartnerFilter(String text, boolean includeInactive) {

    public static PartnerFilter all() {
        return new PartnerFilter(null, true);
    }
}
