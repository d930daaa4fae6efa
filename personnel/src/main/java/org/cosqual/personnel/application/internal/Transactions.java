package org.cosqual.personnel.application.internal;

/**
 * Runs work in a transaction of its own, committed when it returns and rolled back if it throws.
 */
public interface Transactions {

  void inNewTransaction(Runnable work);
}
