package org.cosqual.personnel.domain.model.jurisdiction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cosqual.personnel.testing.TestEntities;

/** Nodes in a map; {@link #store} assigns the id and then the path, as the JPA repository does. */
public class FakeJurisdictionRepository implements JurisdictionRepository {

  private final Map<Long, JurisdictionNode> byId = new LinkedHashMap<>();
  private long nextId = 1;

  @Override
  public Optional<JurisdictionNode> find(long id) {
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public Optional<JurisdictionNode> findByCode(String code) {
    return byId.values().stream().filter(n -> n.getCode().equals(code)).findFirst();
  }

  @Override
  public List<JurisdictionNode> findAll() {
    List<JurisdictionNode> all = new ArrayList<>(byId.values());
    all.sort(Comparator.comparing(JurisdictionNode::getPath));
    return all;
  }

  @Override
  public List<JurisdictionNode> findUnder(String path) {
    return findAll().stream().filter(n -> n.getPath().startsWith(path)).toList();
  }

  @Override
  public JurisdictionNode store(JurisdictionNode node) {
    TestEntities.withId(node, nextId++);
    node.assignPath();
    byId.put(node.getId(), node);
    return node;
  }
}
