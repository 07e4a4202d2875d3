package id.go.kemensos.replika.innovation;

/** An award as the innovation's page lists it. */
public record AwardItem(long id, long version, int year, Competition competition, AwardGroup group, AwardLevel level,
        String note) {

    public AwardForm toForm() {
        AwardForm form = new AwardForm();
        form.setYear(year);
        form.setCompetition(competition);
        form.setGroup(group);
        form.setLevel(level);
        form.setNote(note);
        return form;
    }
}
