package org.cosqual.personnel.application;

import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.util.Iterator;
import java.util.List;

/** The beans CDI would find, as a fixed list: enough to iterate and stream them. */
public class ListedInstance<T> implements Instance<T> {

  private final List<T> beans;

  @SafeVarargs
  public ListedInstance(T... beans) {
    this.beans = List.of(beans);
  }

  @Override
  public Iterator<T> iterator() {
    return beans.iterator();
  }

  @Override
  public T get() {
    if (beans.size() != 1) {
      throw new IllegalStateException(beans.size() + " beans");
    }
    return beans.get(0);
  }

  @Override
  public boolean isUnsatisfied() {
    return beans.isEmpty();
  }

  @Override
  public boolean isAmbiguous() {
    return beans.size() > 1;
  }

  @Override
  public Instance<T> select(Annotation... qualifiers) {
    throw new UnsupportedOperationException();
  }

  @Override
  public <U extends T> Instance<U> select(Class<U> subtype, Annotation... qualifiers) {
    throw new UnsupportedOperationException();
  }

  @Override
  public <U extends T> Instance<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void destroy(T instance) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Handle<T> getHandle() {
    throw new UnsupportedOperationException();
  }

  @Override
  public Iterable<? extends Handle<T>> handles() {
    throw new UnsupportedOperationException();
  }
}
