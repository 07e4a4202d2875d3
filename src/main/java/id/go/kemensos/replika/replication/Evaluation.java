package id.go.kemensos.replika.replication;

import id.go.kemensos.replika.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** The evaluation of a replication on the five PermenPANRB 91/2021 criteria, each scored 1 to 5. */
@Entity
@Table(name = "evaluation")
class Evaluation extends AbstractEntity {

    @Column(name = "replication_id", nullable = false, updatable = false)
    private long replicationId;

    @Column(name = "score_novel", nullable = false)
    private int novel;

    @Column(name = "score_effective", nullable = false)
    private int effective;

    @Column(name = "score_beneficial", nullable = false)
    private int beneficial;

    @Column(name = "score_spreadable", nullable = false)
    private int spreadable;

    @Column(name = "score_sustainable", nullable = false)
    private int sustainable;

    @Column(nullable = false)
    private int total;

    @Column(nullable = false, length = ReplicationService.TEXT_MAX)
    private String recommendation;

    @Column(name = "evaluator_name", nullable = false, length = 150)
    private String evaluatorName;

    @Column(name = "evaluated_on", nullable = false)
    private LocalDate evaluatedOn;

    Evaluation() {
    }

    Evaluation(long replicationId, EvaluationForm form, String evaluatorName, LocalDate evaluatedOn) {
        this.replicationId = replicationId;
        this.novel = form.getNovel();
        this.effective = form.getEffective();
        this.beneficial = form.getBeneficial();
        this.spreadable = form.getSpreadable();
        this.sustainable = form.getSustainable();
        this.total = novel + effective + beneficial + spreadable + sustainable;
        this.recommendation = form.getRecommendation().trim();
        this.evaluatorName = evaluatorName;
        this.evaluatedOn = evaluatedOn;
    }

    EvaluationItem toItem() {
        return new EvaluationItem(novel, effective, beneficial, spreadable, sustainable, total, recommendation,
                evaluatorName, evaluatedOn);
    }
}
