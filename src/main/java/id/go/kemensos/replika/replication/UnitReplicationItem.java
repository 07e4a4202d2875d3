package id.go.kemensos.replika.replication;

import java.time.Instant;

/** A replication a unit adopted or originated, as the unit summary lists it. */
public record UnitReplicationItem(long id, String innovationCode, String innovationTitle, String originUnitName,
        String adoptingUnitName, ReplicationStatus status, int progressPercent, Instant createdAt) {
}
