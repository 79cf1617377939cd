package org.globaloffice.platform.paging;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.ParameterExpression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Pages, sorts and filters an entity in the database. Text filters match a part of the value, ignoring case; other
 * filters match exactly; {@code from}/{@code to} bounds filter instants. Paths not listed as sortable or filterable
 * are ignored, so a request cannot reach attributes the service did not offer. A fixed predicate (such as the
 * caller's school) is applied to both the rows and the count.
 */
public final class CriteriaPage<T> {

    /**
     * Suffixes of a filter path that bound an {@link Instant} or {@link LocalDate} attribute, inclusive from and
     * exclusive to.
     */
    public static final String FROM = ">=", TO = "<";

    private final EntityManager em;
    private final Class<T> type;
    private final Set<String> filterable;
    private final Set<String> sortable;
    private final String defaultSort;
    private final boolean defaultAscending;
    private final List<Restriction<T>> restrictions = new ArrayList<>();
    private Set<String> exact = Set.of();
    private Map.Entry<String, Long> scope;

    @FunctionalInterface
    public interface Restriction<T> {
        Predicate on(CriteriaBuilder cb, Root<T> root);
    }

    public CriteriaPage(EntityManager em, Class<T> type, Set<String> filterable, Set<String> sortable,
            String defaultSort, boolean defaultAscending) {
        this.em = em;
        this.type = type;
        this.filterable = filterable;
        this.sortable = sortable;
        this.defaultSort = defaultSort;
        this.defaultAscending = defaultAscending;
    }

    /** Text attributes matched whole (ignoring case) rather than by a part, e.g. an id kept as text. */
    public CriteriaPage<T> exact(String... paths) {
        exact = Set.of(paths);
        return this;
    }

    public CriteriaPage<T> where(Restriction<T> restriction) {
        restrictions.add(restriction);
        return this;
    }

    /** Restricts to one school when {@code schoolId} is not null; {@code path} leads to the school's id. */
    public CriteriaPage<T> inSchool(String path, Long schoolId) {
        if (schoolId != null) {
            scope = Map.entry(path, schoolId);
        }
        return this;
    }

    public Page<T> fetch(PageRequest request) {
        CriteriaBuilder cb = em.getCriteriaBuilder();

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<T> countRoot = count.from(type);
        Map<ParameterExpression<Object>, Object> countValues = new HashMap<>();
        count.select(cb.count(countRoot)).where(predicates(cb, countRoot, request.filters(), countValues));
        long total = bind(em.createQuery(count), countValues).getSingleResult();
        if (request.isCountOnly() || total == 0) {
            return new Page<>(List.of(), total);
        }

        CriteriaQuery<T> query = cb.createQuery(type);
        Root<T> root = query.from(type);
        Map<ParameterExpression<Object>, Object> rowValues = new HashMap<>();
        query.select(root).where(predicates(cb, root, request.filters(), rowValues));
        String sort = request.sortField() != null && sortable.contains(request.sortField())
                ? request.sortField() : defaultSort;
        boolean ascending = request.sortField() != null && sortable.contains(request.sortField())
                ? request.ascending() : defaultAscending;
        Path<?> sortPath = path(root, sort);
        // a unique tie-breaker keeps pages stable when many rows share the sort value
        query.orderBy(ascending ? cb.asc(sortPath) : cb.desc(sortPath),
                ascending ? cb.asc(root.get("id")) : cb.desc(root.get("id")));
        TypedQuery<T> rows = bind(em.createQuery(query), rowValues)
                .setFirstResult(request.first()).setMaxResults(request.size());
        return new Page<>(rows.getResultList(), total);
    }

    private static <Q extends TypedQuery<?>> Q bind(Q query, Map<ParameterExpression<Object>, Object> values) {
        values.forEach(query::setParameter);
        return query;
    }

    /**
     * Filter values are bound as parameters, never written into the SQL: that keeps user input out of the
     * statement, and EclipseLink writes boolean literals as 1/0, which H2 2 refuses for a boolean column.
     */
    private static Expression<Object> value(CriteriaBuilder cb, Object value,
            Map<ParameterExpression<Object>, Object> values) {
        @SuppressWarnings("unchecked")
        ParameterExpression<Object> parameter = cb.parameter((Class<Object>) value.getClass());
        values.put(parameter, value);
        return parameter;
    }

    private Predicate[] predicates(CriteriaBuilder cb, Root<T> root, Map<String, Object> filters,
            Map<ParameterExpression<Object>, Object> values) {
        List<Predicate> predicates = new ArrayList<>();
        if (scope != null) {
            predicates.add(cb.equal(path(root, scope.getKey()), value(cb, scope.getValue(), values)));
        }
        for (Restriction<T> restriction : restrictions) {
            predicates.add(restriction.on(cb, root));
        }
        filters.forEach((key, value) -> {
            if (value == null || (value instanceof String text && text.isBlank())) {
                return;
            }
            if (key.endsWith(FROM) || key.endsWith(TO)) {
                String path = key.substring(0, key.length() - (key.endsWith(FROM) ? FROM.length() : TO.length()));
                if (filterable.contains(path) && (value instanceof Instant || value instanceof LocalDate)) {
                    predicates.add(bound(cb, path(root, path), (Comparable<?>) value, key.endsWith(FROM), values));
                }
                return;
            }
            if (!filterable.contains(key)) {
                return;
            }
            Path<Object> attribute = path(root, key);
            if (attribute.getJavaType() == String.class && value instanceof String text) {
                ParameterExpression<String> bound = cb.parameter(String.class);
                @SuppressWarnings({"unchecked", "rawtypes"})
                ParameterExpression<Object> asObject = (ParameterExpression) bound;
                String lower = text.trim().toLowerCase(Locale.ROOT);
                if (exact.contains(key)) {
                    values.put(asObject, lower);
                    predicates.add(cb.equal(cb.lower(attribute.as(String.class)), bound));
                } else {
                    values.put(asObject, "%" + escape(lower) + "%");
                    predicates.add(cb.like(cb.lower(attribute.as(String.class)), bound, '\\'));
                }
            } else {
                Object typed = typed(attribute.getJavaType(), value);
                if (typed != null) {
                    predicates.add(cb.equal(attribute, value(cb, typed, values)));
                }
            }
        });
        return predicates.toArray(Predicate[]::new);
    }

    /** {@code attribute >= value} or {@code attribute < value}, the value bound as a parameter of its own type. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Predicate bound(CriteriaBuilder cb, Path attribute, Comparable value, boolean from,
            Map<ParameterExpression<Object>, Object> values) {
        ParameterExpression bound = cb.parameter(value.getClass());
        values.put(bound, value);
        return from ? cb.greaterThanOrEqualTo(attribute, bound) : cb.lessThan(attribute, bound);
    }

    /**
     * The filter value as the attribute's type: as given when it already is, converted from text for enums,
     * booleans and whole numbers; null (the filter is ignored) when it cannot be, so that text typed into a
     * filter can never fail the query.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Object typed(Class<?> attributeType, Object value) {
        Class<?> type = attributeType == boolean.class ? Boolean.class
                : attributeType == long.class ? Long.class : attributeType == int.class ? Integer.class : attributeType;
        if (type.isInstance(value)) {
            return value;
        }
        if (!(value instanceof String text)) {
            return null;
        }
        String trimmed = text.trim();
        try {
            if (type.isEnum()) {
                return Enum.valueOf((Class<Enum>) type, trimmed);
            }
            if (type == Boolean.class) {
                return "true".equalsIgnoreCase(trimmed) ? Boolean.TRUE : "false".equalsIgnoreCase(trimmed) ? Boolean.FALSE : null;
            }
            if (type == Long.class) {
                return Long.valueOf(trimmed);
            }
            if (type == Integer.class) {
                return Integer.valueOf(trimmed);
            }
        } catch (IllegalArgumentException notOfThatType) {
            return null;
        }
        return null;
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    @SuppressWarnings("unchecked")
    private static <Y> Path<Y> path(Root<?> root, String dotted) {
        Path<?> path = root;
        for (String part : dotted.split("\\.")) {
            path = path.get(part);
        }
        return (Path<Y>) path;
    }
}
