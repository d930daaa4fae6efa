package org.cosqual.personnel.domain.model.jurisdiction;

import java.util.List;
import java.util.Optional;

public interface JurisdictionRepository {

  Optional<JurisdictionNode> find(long id);

  Optional<JurisdictionNode> findByCode(String code);

  List<JurisdictionNode> findAll();

  /**
   * The node of a materialised path ("/1/2/") and every node within it, in the order of the tree;
   * "/" gives every node.
   */
  List<JurisdictionNode> findUnder(String path);

  /** Stores a new node and gives it its materialised path. */
  JurisdictionNode store(JurisdictionNode node);
}
