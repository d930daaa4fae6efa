package org.cosqual.personnel.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

@ApplicationScoped
public class JtaTransactions implements Transactions {

  @Override
  @Transactional(TxType.REQUIRES_NEW)
  public void inNewTransaction(Runnable work) {
    work.run();
  }
}
