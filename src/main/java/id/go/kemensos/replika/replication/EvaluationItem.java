package id.go.kemensos.replika.replication;

import java.time.LocalDate;

/** A replication's evaluation as its page shows it. */
public record EvaluationItem(int novel, int effective, int beneficial, int spreadable, int sustainable, int total,
        String recommendation, String evaluatorName, LocalDate evaluatedOn) {
}
