package org.cosqual.portal.personnel;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.cosqual.personnel.domain.model.jurisdiction.JurisdictionNode;

/**
 * A jurisdiction node as the select menus show it: the names along its path that the caller may see
 * (city / county), so two counties of one name in different cities stay apart.
 */
public record JurisdictionOption(String code, String label) implements Serializable {

  /** The options of nodes given in tree order, labelled from the nodes among them. */
  public static List<JurisdictionOption> of(List<JurisdictionNode> nodes) {
    Map<String, String> nameById = new HashMap<>();
    nodes.forEach(node -> nameById.put(String.valueOf(node.getId()), node.getName()));
    return nodes.stream()
        .map(node -> new JurisdictionOption(node.getCode(), label(node.getPath(), nameById)))
        .toList();
  }

  private static String label(String path, Map<String, String> nameById) {
    StringJoiner label = new StringJoiner(" / ");
    for (String id : path.split("/")) {
      String name = nameById.get(id);
      if (name != null) {
        label.add(name);
      }
    }
    return label.toString();
  }
}
