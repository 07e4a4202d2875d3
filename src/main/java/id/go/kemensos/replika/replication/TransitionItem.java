package id.go.kemensos.replika.replication;

import java.time.Instant;

/** One entry of a replication's timeline. */
public record TransitionItem(ReplicationStatus from, ReplicationStatus to, String actorName, String reason,
        Instant at) {
}
