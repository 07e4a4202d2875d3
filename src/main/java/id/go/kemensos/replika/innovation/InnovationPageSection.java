package id.go.kemensos.replika.innovation;

import com.vaadin.flow.component.Component;

/**
 * A part another feature adds to an innovation's page (the replication workflow lists the innovation's
 * replications this way), so this feature need not know the features built on it.
 */
public interface InnovationPageSection {

    Component create(InnovationDetails innovation);
}
