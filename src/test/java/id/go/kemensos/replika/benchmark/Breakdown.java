package id.go.kemensos.replika.benchmark;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.internal.StateNode;
import com.vaadin.flow.internal.nodefeature.ComponentMapping;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * What one UI session costs, piece by piece ({@code -Dbenchmark.breakdown=true}): the objects reachable from one
 * session's roots and not from another session's are that session's own; each is charged to the nearest component
 * on the path that reached it (a state node to the component it belongs to), and to the field that referred to it.
 * Shallow sizes are computed from the field layout (compressed oops, 8-byte alignment), as a class histogram counts.
 */
final class Breakdown {

    private static final sun.misc.Unsafe UNSAFE = unsafe();
    private static final Map<Class<?>, List<Field>> FIELDS = new ConcurrentHashMap<>();
    private static final Map<Class<?>, Long> SIZES = new ConcurrentHashMap<>();

    private Breakdown() {
    }

    /** The report: unique bytes of {@code own} (not reachable from {@code other}) by owner and by referring field. */
    static String of(Object own, Object other) {
        Set<Object> shared = Collections.newSetFromMap(new IdentityHashMap<>(1 << 22));
        walk(other, shared, null);
        Map<String, long[]> byOwner = new HashMap<>();
        Map<String, long[]> byField = new HashMap<>();
        Map<String, long[]> byKind = new HashMap<>();
        Map<String, long[]> byClass = new HashMap<>();
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        ArrayDeque<Object[]> stack = new ArrayDeque<>();
        stack.push(new Object[] {own, "root", "root"});
        long total = 0;
        while (!stack.isEmpty()) {
            Object[] entry = stack.pop();
            Object object = entry[0];
            if (object == null || shared.contains(object) || !seen.add(object) || skip(object)) {
                continue;
            }
            String owner = (String) entry[1];
            if (object instanceof Component component) {
                owner = label(component);
            } else if (object instanceof StateNode node && node.hasFeature(ComponentMapping.class)) {
                owner = node.getFeatureIfInitialized(ComponentMapping.class).flatMap(ComponentMapping::getComponent)
                        .map(Breakdown::label).orElse(owner);
            }
            long size = sizeOf(object);
            total += size;
            add(byOwner, owner, size);
            String kind = owner.replaceAll("@[0-9a-f]+$", "");
            add(byKind, kind, size);
            add(byField, kind + " <- " + entry[2] + " : " + object.getClass().getSimpleName(), size);
            add(byClass, object.getClass().getName(), size);
            String ownerNow = owner;
            children(object, (field, child) -> stack.push(new Object[] {child, ownerNow, field}));
        }
        return String.format(Locale.ROOT, "own bytes %d (%d objects)%n-- by component --%n%s%n-- by kind of "
                + "component --%n%s%n-- by kind of component, referring field and class --%n%s%n-- by class --%n%s",
                total, seen.size(), top(byOwner, 40), top(byKind, 40), top(byField, Integer.getInteger("benchmark.breakdown.lines", 150)), top(byClass, 30));
    }

    private static void walk(Object root, Set<Object> seen, Object unused) {
        ArrayDeque<Object> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Object object = stack.pop();
            if (object == null || skip(object) || !seen.add(object)) {
                continue;
            }
            children(object, (field, child) -> stack.push(child));
        }
    }

    private static boolean skip(Object object) {
        return object instanceof Class || object instanceof ClassLoader || object instanceof Thread
                || object instanceof Module;
    }

    private static String label(Component component) {
        return component.getClass().getSimpleName() + component.getId().map(id -> "#" + id).orElse("")
                + "@" + Integer.toHexString(System.identityHashCode(component));
    }

    private static void add(Map<String, long[]> map, String key, long size) {
        long[] value = map.computeIfAbsent(key, k -> new long[2]);
        value[0] += size;
        value[1]++;
    }

    private static String top(Map<String, long[]> map, int count) {
        return map.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0])).limit(count)
                .map(e -> String.format(Locale.ROOT, "%8.1f KiB %6d  %s", e.getValue()[0] / 1024.0,
                        e.getValue()[1], e.getKey()))
                .collect(Collectors.joining("\n"));
    }

    private interface Visitor {
        void visit(String field, Object child);
    }

    private static void children(Object object, Visitor visitor) {
        Class<?> type = object.getClass();
        if (type.isArray()) {
            if (!type.getComponentType().isPrimitive()) {
                String name = type.getComponentType().getSimpleName() + "[]";
                for (int i = 0, n = Array.getLength(object); i < n; i++) {
                    Object child = Array.get(object, i);
                    if (child != null) {
                        visitor.visit(name, child);
                    }
                }
            }
            return;
        }
        for (Field field : fields(type)) {
            Object child = read(field, object);
            if (child != null) {
                visitor.visit(field.getDeclaringClass().getSimpleName() + "." + field.getName(), child);
            }
        }
    }

    private static Object read(Field field, Object object) {
        try {
            return UNSAFE.getObject(object, UNSAFE.objectFieldOffset(field));
        } catch (RuntimeException e) {
            try {
                field.setAccessible(true);
                return field.get(object);
            } catch (RuntimeException | IllegalAccessException inaccessible) {
                return null;
            }
        }
    }

    private static List<Field> fields(Class<?> type) {
        return FIELDS.computeIfAbsent(type, t -> {
            List<Field> fields = new ArrayList<>();
            for (Class<?> c = t; c != null; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    if (!Modifier.isStatic(field.getModifiers()) && !field.getType().isPrimitive()
                            && !(c == java.lang.ref.Reference.class && field.getName().equals("referent"))) {
                        fields.add(field);
                    }
                }
            }
            return fields;
        });
    }

    private static long sizeOf(Object object) {
        Class<?> type = object.getClass();
        if (type.isArray()) {
            int length = Array.getLength(object);
            Class<?> component = type.getComponentType();
            long element = component == long.class || component == double.class ? 8
                    : component == int.class || component == float.class ? 4
                    : component == short.class || component == char.class ? 2
                    : component == byte.class || component == boolean.class ? 1 : 4;
            return align(16 + element * length);
        }
        return SIZES.computeIfAbsent(type, t -> {
            long end = 12;
            for (Class<?> c = t; c != null; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    if (!Modifier.isStatic(field.getModifiers())) {
                        try {
                            long offset = UNSAFE.objectFieldOffset(field);
                            end = Math.max(end, offset + width(field.getType()));
                        } catch (RuntimeException e) {
                            end += width(field.getType());
                        }
                    }
                }
            }
            return align(end);
        });
    }

    private static long width(Class<?> type) {
        return type == long.class || type == double.class ? 8 : type == int.class || type == float.class ? 4
                : type == short.class || type == char.class ? 2 : type == byte.class || type == boolean.class ? 1 : 4;
    }

    private static long align(long size) {
        return (size + 7) / 8 * 8;
    }

    private static sun.misc.Unsafe unsafe() {
        try {
            Field field = sun.misc.Unsafe.class.getDeclaredField("theUnsafe");
            field.setAccessible(true);
            return (sun.misc.Unsafe) field.get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
