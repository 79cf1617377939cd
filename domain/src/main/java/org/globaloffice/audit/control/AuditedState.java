package org.globaloffice.audit.control;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Persistence;
import jakarta.persistence.Transient;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.globaloffice.audit.NotAudited;
import org.globaloffice.audit.Sensitive;
import org.globaloffice.platform.entity.BusinessRecord;

/**
 * The audited attribute values of a record, as text, and the differences between two such states.
 * <p>
 * Every persistent field of the record's own classes is audited, except {@link NotAudited} ones; the bookkeeping
 * of {@link BusinessRecord} itself (version, stamps) is not. An embedded value counts field by field; a reference
 * to another record is shown by its id,
 * a collection by its elements, a {@link Sensitive} value masked. Values are cut at {@value #MAX_VALUE_LENGTH}
 * characters so that one audit row stays bounded.
 */
public final class AuditedState {

    static final int MAX_VALUE_LENGTH = 500;

    private AuditedState() {
    }

    public static Map<String, String> of(Object entity) {
        Map<String, String> state = new LinkedHashMap<>();
        collect(entity, "", state, true);
        return state;
    }

    /** The fields of an embedded value count one by one, as {@code name.zh}, {@code name.en}. */
    private static void collect(Object object, String prefix, Map<String, String> state, boolean isEntity) {
        for (Class<?> type = object.getClass(); type != null && type != BusinessRecord.class && type != Object.class;
                type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (!isAudited(field) || (isEntity && !isLoaded(object, field.getName()))) {
                    continue;
                }
                Object value = read(field, object);
                if (value != null && value.getClass().isAnnotationPresent(Embeddable.class)) {
                    collect(value, prefix + field.getName() + ".", state, false);
                } else {
                    state.putIfAbsent(prefix + field.getName(), text(field, value));
                }
            }
        }
    }

    /** The changes from {@code before} to {@code after}, in attribute order; an absent state counts as empty. */
    public static List<FieldChange> diff(Map<String, String> before, Map<String, String> after) {
        Map<String, String> old = before == null ? Map.of() : before;
        Map<String, String> now = after == null ? Map.of() : after;
        Set<String> fields = new LinkedHashSet<>(old.keySet());
        fields.addAll(now.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            String oldValue = old.get(field);
            String newValue = now.get(field);
            if (!Objects.equals(oldValue, newValue)) {
                changes.add(new FieldChange(field, oldValue, newValue));
            }
        }
        return changes;
    }

    private static boolean isAudited(Field field) {
        int modifiers = field.getModifiers();
        return !Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers) && !field.isSynthetic()
                && !field.isAnnotationPresent(Transient.class) && !field.isAnnotationPresent(NotAudited.class)
                // fields added by EclipseLink weaving
                && !field.getName().startsWith("_persistence_");
    }

    private static boolean isLoaded(Object entity, String attribute) {
        try {
            return Persistence.getPersistenceUtil().isLoaded(entity, attribute);
        } catch (RuntimeException noProviderOutsideContainer) {
            return true;
        }
    }

    private static Object read(Field field, Object entity) {
        try {
            field.setAccessible(true);
            return field.get(entity);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot audit " + field, e);
        }
    }

    private static String text(Field field, Object value) {
        if (value == null) {
            return null;
        }
        String text = value instanceof Collection<?> elements
                ? elements.stream().map(AuditedState::element).collect(Collectors.joining("; "))
                : element(value);
        Sensitive sensitive = field.getAnnotation(Sensitive.class);
        if (sensitive != null) {
            return Masking.keepLast(text, sensitive.visible());
        }
        return text.length() <= MAX_VALUE_LENGTH ? text : text.substring(0, MAX_VALUE_LENGTH - 1) + "…";
    }

    private static String element(Object value) {
        if (value instanceof BusinessRecord record) {
            return String.valueOf(record.getId());
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        return String.valueOf(value);
    }
}
