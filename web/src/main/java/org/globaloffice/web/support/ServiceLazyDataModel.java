package org.globaloffice.web.support;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.globaloffice.platform.entity.BusinessRecord;
import org.globaloffice.platform.paging.Page;
import org.globaloffice.platform.paging.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A PrimeFaces lazy table fed by a domain service: paging, sorting and filtering happen in the database, through the
 * service's {@code page(PageRequest)}, which also applies the caller's school scope. Extra fixed filters (from
 * controls outside the table) are added by {@link #withFilters}.
 */
public class ServiceLazyDataModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    public interface PageSource<T> extends Function<PageRequest, Page<T>>, Serializable {
    }

    public interface FilterSource extends java.util.function.Supplier<Map<String, Object>>, Serializable {
    }

    private final PageSource<T> source;
    private FilterSource extraFilters = Map::of;

    public ServiceLazyDataModel(PageSource<T> source) {
        this.source = source;
    }

    public ServiceLazyDataModel<T> withFilters(FilterSource filters) {
        this.extraFilters = filters;
        return this;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) source.apply(PageRequest.countOnly(filters(filterBy))).total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy.values().stream().filter(s -> s.getOrder() != SortOrder.UNSORTED).findFirst().orElse(null);
        PageRequest request = new PageRequest(first, Math.max(1, Math.min(pageSize, PageRequest.MAX_SIZE)),
                sort == null ? null : sort.getField(), sort == null || sort.getOrder() == SortOrder.ASCENDING,
                filters(filterBy));
        Page<T> page = source.apply(request);
        setRowCount((int) page.total());
        return page.rows();
    }

    private Map<String, Object> filters(Map<String, FilterMeta> filterBy) {
        Map<String, Object> filters = new HashMap<>();
        filterBy.forEach((field, meta) -> {
            if (meta.getFilterValue() != null) {
                filters.put(meta.getField() == null ? field : meta.getField(), meta.getFilterValue());
            }
        });
        extraFilters.get().forEach((k, v) -> {
            if (v != null) {
                filters.put(k, v);
            }
        });
        return filters;
    }

    @Override
    public String getRowKey(T row) {
        return row instanceof BusinessRecord record ? String.valueOf(record.getId()) : String.valueOf(row.hashCode());
    }
}
