package id.go.kemensos.replika.replication;

import id.go.kemensos.replika.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A quarterly report of an implementing replication. */
@Entity
@Table(name = "monitoring_report")
class MonitoringReport extends AbstractEntity {

    @Column(name = "replication_id", nullable = false, updatable = false)
    private long replicationId;

    @Column(name = "period_year", nullable = false)
    private int year;

    @Column(name = "period_quarter", nullable = false)
    private int quarter;

    @Column(name = "people_served", nullable = false)
    private int peopleServed;

    @Column(length = ReplicationService.TEXT_MAX)
    private String outputs;

    @Column(length = ReplicationService.TEXT_MAX)
    private String issues;

    @Column(name = "progress_percent", nullable = false)
    private int progressPercent;

    MonitoringReport() {
    }

    MonitoringReport(long replicationId, int year, int quarter, int peopleServed, String outputs, String issues,
            int progressPercent) {
        this.replicationId = replicationId;
        this.year = year;
        this.quarter = quarter;
        this.peopleServed = peopleServed;
        this.outputs = outputs;
        this.issues = issues;
        this.progressPercent = progressPercent;
    }

    int getYear() {
        return year;
    }

    int getQuarter() {
        return quarter;
    }

    int getPeopleServed() {
        return peopleServed;
    }

    String getOutputs() {
        return outputs;
    }

    String getIssues() {
        return issues;
    }

    int getProgressPercent() {
        return progressPercent;
    }
}
