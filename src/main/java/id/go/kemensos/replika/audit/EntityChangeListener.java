package id.go.kemensos.replika.audit;

import id.go.kemensos.replika.base.AbstractEntity;
import id.go.kemensos.replika.base.Unaudited;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.stereotype.Component;

/**
 * Turns every insert, update and delete of a business entity (any {@link AbstractEntity} not marked
 * {@link Unaudited}) into an audit entry of the same transaction. Creates and deletes list the record's fields,
 * updates only the changed ones with their old and new values. The bookkeeping columns (version, created and
 * modified by and at) are left out: the entry itself says who and when. An update that changed nothing else
 * writes no entry.
 */
@Component
class EntityChangeListener implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

    private static final Set<String> BOOKKEEPING = Set.of("version", "createdBy", "createdAt", "modifiedBy",
            "modifiedAt");

    private final AuditTrail trail;

    EntityChangeListener(AuditTrail trail) {
        this.trail = trail;
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        if (audited(event.getPersister())) {
            Map<String, Object> fields = fields(event.getPersister(), event.getState());
            trail.add(event.getSession(), NewEntry.now(Actor.current(), recordType(event.getPersister()),
                    id(event.getId()), AuditAction.CREATE, Details.toJson(Map.of("fields", fields))));
        }
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        if (!audited(event.getPersister())) {
            return;
        }
        String[] names = event.getPersister().getPropertyNames();
        Object[] oldState = event.getOldState();
        Object[] state = event.getState();
        Map<String, Object> changes = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            if (skipped(event.getPersister(), i)) {
                continue;
            }
            Object before = oldState == null ? null : value(event.getPersister(), i, oldState[i]);
            Object after = value(event.getPersister(), i, state[i]);
            // Hibernate's own dirty check when it has one (it compares as the column type does)
            boolean changed = event.getDirtyProperties() != null ? isDirty(event.getDirtyProperties(), i)
                    : oldState == null || !Objects.equals(before, after);
            if (changed) {
                Map<String, Object> change = new LinkedHashMap<>();
                change.put("old", before);
                change.put("new", after);
                changes.put(names[i], change);
            }
        }
        if (!changes.isEmpty()) {
            trail.add(event.getSession(), NewEntry.now(Actor.current(), recordType(event.getPersister()),
                    id(event.getId()), AuditAction.UPDATE, Details.toJson(Map.of("changes", changes))));
        }
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        if (audited(event.getPersister())) {
            Map<String, Object> fields = fields(event.getPersister(), event.getDeletedState());
            trail.add(event.getSession(), NewEntry.now(Actor.current(), recordType(event.getPersister()),
                    id(event.getId()), AuditAction.DELETE, Details.toJson(Map.of("fields", fields))));
        }
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    static String recordType(EntityPersister persister) {
        return persister.getMappedClass().getSimpleName();
    }

    private static boolean audited(EntityPersister persister) {
        Class<?> type = persister.getMappedClass();
        return AbstractEntity.class.isAssignableFrom(type) && !type.isAnnotationPresent(Unaudited.class);
    }

    private static Map<String, Object> fields(EntityPersister persister, Object[] state) {
        String[] names = persister.getPropertyNames();
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            if (!skipped(persister, i) && state != null) {
                fields.put(names[i], value(persister, i, state[i]));
            }
        }
        return fields;
    }

    /** Bookkeeping columns, and collections (not loaded just to be audited; their own rows are). */
    private static boolean skipped(EntityPersister persister, int index) {
        return BOOKKEEPING.contains(persister.getPropertyNames()[index])
                || persister.getPropertyTypes()[index].isCollectionType();
    }

    /** A property's value for the details; an associated entity as its id, without loading it. */
    private static Object value(EntityPersister persister, int index, Object raw) {
        String name = persister.getPropertyNames()[index];
        if (raw != null && !Details.isSecret(name) && persister.getPropertyTypes()[index].isEntityType()) {
            return persister.getFactory().getPersistenceUnitUtil().getIdentifier(raw);
        }
        return Details.value(name, raw);
    }

    private static boolean isDirty(int[] dirty, int index) {
        for (int candidate : dirty) {
            if (candidate == index) {
                return true;
            }
        }
        return false;
    }

    private static Long id(Object id) {
        return id instanceof Number number ? number.longValue() : null;
    }
}
