package id.go.kemensos.replika.unit;

import com.vaadin.flow.component.Component;

/**
 * A part another feature adds to a unit's page (printable reports add the unit summary this way), so this feature
 * need not know the features built on it.
 */
public interface UnitPageSection {

    Component create(UnitDetails unit);
}
