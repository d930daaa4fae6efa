package org.cosqual.personnel.infrastructure.spreadsheet;

/**
 * One cell's refusal while a row is read: a message key and its arguments. Cheap (no stack trace),
 * since a bad file may have thousands.
 */
final class CellRefused extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String messageKey;
  private final transient Object[] arguments;

  CellRefused(String messageKey, Object... arguments) {
    super(messageKey, null, false, false);
    this.messageKey = messageKey;
    this.arguments = arguments;
  }

  String messageKey() {
    return messageKey;
  }

  Object[] arguments() {
    return arguments.clone();
  }
}
