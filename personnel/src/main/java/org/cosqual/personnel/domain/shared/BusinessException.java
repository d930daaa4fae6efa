package org.cosqual.personnel.domain.shared;

import jakarta.ejb.ApplicationException;
import java.util.Arrays;

/**
 * A refusal the user can act on. The message key names a text in the portal's message bundle; the
 * arguments fill its placeholders.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

  private final String messageKey;
  private final transient Object[] arguments;

  public BusinessException(String messageKey, Object... arguments) {
    super(messageKey + Arrays.toString(arguments));
    this.messageKey = messageKey;
    this.arguments = arguments.clone();
  }

  public String getMessageKey() {
    return messageKey;
  }

  public Object[] getArguments() {
    return arguments.clone();
  }
}
