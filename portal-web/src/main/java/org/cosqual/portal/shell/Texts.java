package org.cosqual.portal.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;

/**
 * Views' access to {@link PageMessages}: a key with arguments that may be keys themselves (the
 * reasons of a qualification check), and a value that may be an enum's key.
 */
@Named("texts")
@ApplicationScoped
public class Texts {

  public String explained(String key, List<Object> arguments) {
    return PageMessages.explained(key, arguments.toArray());
  }

  public Object shown(Object value) {
    return PageMessages.shown(value);
  }
}
