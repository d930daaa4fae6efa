package org.cosqual.personnel.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.cosqual.personnel.application.spreadsheet.RowCommitter;
import org.cosqual.personnel.application.spreadsheet.RowCommitter.Refusal;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.junit.jupiter.api.Test;

class BatchRowCommitterTest {

  /** Keeps what a transaction saved only when it returns, as a database would. */
  private static final class Ledger implements Transactions {
    final List<Integer> committed = new ArrayList<>();
    final List<Integer> pending = new ArrayList<>();
    int transactions;

    @Override
    public void inNewTransaction(Runnable work) {
      transactions++;
      pending.clear();
      work.run();
      committed.addAll(pending);
      pending.clear();
    }
  }

  @Test
  void aBadRowInsideABatchCostsNoGoodRowAndIsReportedWithItsCause() {
    Ledger ledger = new Ledger();
    BatchRowCommitter committer = new BatchRowCommitter();
    committer.transactions = ledger;
    List<Integer> rows = IntStream.range(0, 1200).boxed().toList();
    List<Integer> savedAlone = new ArrayList<>();
    List<Refusal<Integer>> refused =
        committer.commit(
            rows,
            row -> {
              if (row == 742 || row == 1100) {
                throw new IllegalStateException("refused at commit");
              }
              ledger.pending.add(row);
            },
            row -> {
              savedAlone.add(row);
              if (row == 742) {
                throw new BusinessException("error.enterprise.creditCodeTaken", row);
              }
              if (row == 1100) {
                throw new IllegalStateException("constraint violated");
              }
              ledger.pending.add(row);
            });

    assertEquals(List.of(742, 1100), refused.stream().map(Refusal::item).toList());
    assertEquals(BusinessException.class, refused.get(0).cause().getClass());
    assertEquals(
        IntStream.range(RowCommitter.BATCH_SIZE, rows.size()).boxed().toList(),
        savedAlone,
        "only the rows of the failed batches are saved again, one by one");
    List<Integer> expected = new ArrayList<>(rows);
    expected.removeAll(List.of(742, 1100));
    assertEquals(expected, ledger.committed.stream().sorted().toList());
    // the first batch whole; the two failed batches once whole, then row by row
    assertEquals(1 + (1 + RowCommitter.BATCH_SIZE) + (1 + 200), ledger.transactions);
  }

  @Test
  void nothingToSaveNeedsNoTransaction() {
    Ledger ledger = new Ledger();
    BatchRowCommitter committer = new BatchRowCommitter();
    committer.transactions = ledger;
    assertEquals(List.of(), committer.commit(List.<Integer>of(), ledger.pending::add));
    assertEquals(0, ledger.transactions);
  }
}
