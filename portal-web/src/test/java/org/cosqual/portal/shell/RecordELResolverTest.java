package org.cosqual.portal.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.VariableMapper;
import org.junit.jupiter.api.Test;

class RecordELResolverTest {

  record Row(String username, int failures) {}

  private final RecordELResolver resolver = new RecordELResolver();

  @Test
  void readsARecordComponentAndMarksThePropertyResolved() {
    ELContext context = new PlainContext();
    assertEquals("qso", resolver.getValue(context, new Row("qso", 2), "username"));
    assertTrue(context.isPropertyResolved());
    assertEquals(2, resolver.getValue(new PlainContext(), new Row("qso", 2), "failures"));
  }

  @Test
  void leavesOtherObjectsAndUnknownComponentsToTheNextResolver() {
    ELContext context = new PlainContext();
    assertNull(resolver.getValue(context, "not a record", "length"));
    assertNull(resolver.getValue(context, new Row("qso", 2), "password"));
    assertFalse(context.isPropertyResolved());
  }

  @Test
  void recordsAreReadOnly() {
    assertTrue(resolver.isReadOnly(new PlainContext(), new Row("qso", 2), "username"));
    assertThrows(
        PropertyNotWritableException.class,
        () -> resolver.setValue(new PlainContext(), new Row("qso", 2), "username", "other"));
  }

  private static final class PlainContext extends ELContext {
    @Override
    public ELResolver getELResolver() {
      return null;
    }

    @Override
    public FunctionMapper getFunctionMapper() {
      return null;
    }

    @Override
    public VariableMapper getVariableMapper() {
      return null;
    }
  }
}
