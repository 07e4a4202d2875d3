package id.go.kemensos.replika.innovation;

/** An award of one of a unit's innovations, as the unit summary lists it. */
public record UnitAwardItem(long innovationId, String innovationCode, String innovationTitle, int year,
        Competition competition, AwardGroup group, AwardLevel level) {
}
