package id.go.kemensos.replika.replication;

import com.vaadin.flow.component.Component;

/**
 * A part another feature adds to a replication's page (printable reports add their download this way), so this
 * feature need not know the features built on it.
 */
public interface ReplicationPageSection {

    Component create(ReplicationDetails replication);
}
