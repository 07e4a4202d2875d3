package id.go.kemensos.replika.replication;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A quarterly monitoring report as the adopting unit's operator enters it. */
public class MonitoringReportForm {

    @NotNull(message = "report.validation.yearRequired")
    @Min(value = 2014, message = "report.validation.period")
    @Max(value = 9999, message = "report.validation.period")
    private Integer year;

    @NotNull(message = "report.validation.quarterRequired")
    @Min(value = 1, message = "report.validation.quarter")
    @Max(value = 4, message = "report.validation.quarter")
    private Integer quarter;

    @NotNull(message = "report.validation.peopleRequired")
    @Min(value = 0, message = "report.validation.people")
    @Max(value = 1_000_000, message = "report.validation.people")
    private Integer peopleServed;

    @Size(max = ReplicationService.TEXT_MAX, message = "validation.tooLong:{max}")
    private String outputs;

    @Size(max = ReplicationService.TEXT_MAX, message = "validation.tooLong:{max}")
    private String issues;

    @NotNull(message = "report.validation.progressRequired")
    @Min(value = 0, message = "report.validation.progress")
    @Max(value = 100, message = "report.validation.progress")
    private Integer progressPercent;

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Integer getQuarter() {
        return quarter;
    }

    public void setQuarter(Integer quarter) {
        this.quarter = quarter;
    }

    public Integer getPeopleServed() {
        return peopleServed;
    }

    public void setPeopleServed(Integer peopleServed) {
        this.peopleServed = peopleServed;
    }

    public String getOutputs() {
        return outputs;
    }

    public void setOutputs(String outputs) {
        this.outputs = outputs;
    }

    public String getIssues() {
        return issues;
    }

    public void setIssues(String issues) {
        this.issues = issues;
    }

    public Integer getProgressPercent() {
        return progressPercent;
    }

    public void setProgressPercent(Integer progressPercent) {
        this.progressPercent = progressPercent;
    }
}
