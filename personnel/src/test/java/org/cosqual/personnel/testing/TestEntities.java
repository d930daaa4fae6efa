package org.cosqual.personnel.testing;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;

/**
 * The one place tests reach into entities by reflection: to give them the id and version JPA would
 * assign, to create them through their protected no-argument constructor, to tamper with a stored
 * field the way someone editing a database row would, and to read a field that has no getter.
 */
public final class TestEntities {

  private TestEntities() {}

  /** Sets the private {@code id} field, as the database would on insert. */
  public static <T> T withId(T entity, long id) {
    set(entity, "id", id);
    return entity;
  }

  /** Sets the private {@code @Version} field, as the persistence provider would on each update. */
  public static <T> T withVersion(T entity, long version) {
    set(entity, "version", version);
    return entity;
  }

  /** Reads any private field, for what a test must check that has no getter. */
  public static Object get(Object target, String fieldName) {
    try {
      Field field = field(target.getClass(), fieldName);
      field.setAccessible(true);
      return field.get(target);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot read " + fieldName + " of " + target.getClass(), e);
    }
  }

  /** Overwrites any private field, declared on the entity's class or a superclass. */
  public static void set(Object target, String fieldName, Object value) {
    try {
      Field field = field(target.getClass(), fieldName);
      field.setAccessible(true);
      field.set(target, value);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot set " + fieldName + " on " + target.getClass(), e);
    }
  }

  /** An instance made through the protected constructor JPA uses. */
  public static <T> T newInstance(Class<T> type) {
    try {
      Constructor<T> constructor = type.getDeclaredConstructor();
      constructor.setAccessible(true);
      return constructor.newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot instantiate " + type, e);
    }
  }

  private static Field field(Class<?> type, String name) throws NoSuchFieldException {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      try {
        return c.getDeclaredField(name);
      } catch (NoSuchFieldException e) {
        // look in the superclass
      }
    }
    throw new NoSuchFieldException(name);
  }
}
