package id.go.kemensos.replika.replication;

/** Where a replication stands, after the guideline cycle preparation → plan → replicate → evaluate. */
public enum ReplicationStatus {
    DRAFT,
    SUBMITTED,
    APPROVED,
    IMPLEMENTING,
    EVALUATED,
    INSTITUTIONALISED,
    DISCONTINUED;

    /** Institutionalised and discontinued replications take no further step. */
    public boolean isFinal() {
        return this == INSTITUTIONALISED || this == DISCONTINUED;
    }
}
