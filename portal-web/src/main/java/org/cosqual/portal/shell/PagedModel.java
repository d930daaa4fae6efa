package org.cosqual.portal.shell;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A lazy table whose rows a service counts and pages in the database, with the filters the page's
 * own fields hold. The functions are serializable, as the view-scoped beans holding the model are.
 */
public class PagedModel<T> extends LazyDataModel<T> {

  private static final long serialVersionUID = 1L;

  /** How many rows the current filters select. */
  public interface Counter extends Serializable {
    long count();
  }

  /** One page of them, in the order the table asks for. */
  public interface Loader<T> extends Serializable {
    List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy);
  }

  /** What identifies a row. */
  public interface Key<T> extends Serializable {
    Object of(T row);
  }

  private final Counter counter;
  private final Loader<T> loader;
  private final Key<T> key;

  public PagedModel(Counter counter, Loader<T> loader, Key<T> key) {
    this.counter = counter;
    this.loader = loader;
    this.key = key;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return Math.toIntExact(counter.count());
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    return loader.load(first, pageSize, sortBy);
  }

  @Override
  public String getRowKey(T row) {
    return String.valueOf(key.of(row));
  }

  @Override
  public T getRowData(String rowKey) {
    return getWrappedData().stream()
        .filter(row -> getRowKey(row).equals(rowKey))
        .findFirst()
        .orElse(null);
  }
}
