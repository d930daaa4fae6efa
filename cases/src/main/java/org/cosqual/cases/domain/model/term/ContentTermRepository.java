package org.cosqual.cases.domain.model.term;

import java.util.List;

public interface ContentTermRepository {

  List<ContentTerm> findByKind(TermKind kind);
}
