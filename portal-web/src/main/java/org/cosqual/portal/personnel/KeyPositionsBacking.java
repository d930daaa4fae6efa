package org.cosqual.portal.personnel;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.cosqual.personnel.application.Caller;
import org.cosqual.personnel.application.KeyPositionService;
import org.cosqual.personnel.domain.model.account.Permission;
import org.cosqual.personnel.domain.model.appointment.KeyPosition;
import org.cosqual.personnel.domain.model.appointment.KeyPositionDefinition;
import org.cosqual.portal.shell.PageActions;
import org.cosqual.portal.shell.PageMessages;

/**
 * The province's key positions: everyone with the archive reads the list; a province-wide regulator
 * administrator adds, renames, retires and reinstates positions.
 */
@Named("keyPositionsAdmin")
@ViewScoped
public class KeyPositionsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient KeyPositionService service;
  @Inject transient Caller caller;

  private List<Row> rows;

  private String name;
  private String englishName;
  private boolean singleHolder;

  private Row editing;
  private String editName;
  private String editEnglishName;
  private boolean editSingleHolder;

  /** A position as the table shows it, with the version its buttons act on. */
  public record Row(
      String code,
      String name,
      String englishName,
      boolean singleHolder,
      boolean builtIn,
      boolean active,
      long version)
      implements Serializable {

    static Row of(KeyPositionDefinition d) {
      return new Row(
          d.getCode(),
          d.getName(),
          d.getEnglishName(),
          d.isSingleHolder(),
          d.isBuiltIn(),
          d.isActive(),
          d.getVersion());
    }

    KeyPosition position() {
      return new KeyPosition(code);
    }
  }

  public boolean isCanChange() {
    return caller.has(Permission.REGULATION_MANAGE) && caller.isProvinceWide();
  }

  public void define() {
    if (act(
        () -> service.definePosition(name, englishName, singleHolder),
        "personnel_keyPositions.message.defined",
        name)) {
      name = null;
      englishName = null;
      singleHolder = false;
    }
  }

  public void edit(Row row) {
    editing = row;
    editName = row.name();
    editEnglishName = row.englishName();
    editSingleHolder = row.singleHolder();
  }

  public void save() {
    act(
        () ->
            service.changePosition(
                editing.position(), editName, editEnglishName, editSingleHolder, editing.version()),
        "personnel_keyPositions.message.saved",
        editName);
  }

  public void retire(Row row) {
    act(
        () -> service.retirePosition(row.position(), row.version()),
        "personnel_keyPositions.message.retired",
        row.name());
  }

  public void reinstate(Row row) {
    act(
        () -> service.reinstatePosition(row.position(), row.version()),
        "personnel_keyPositions.message.reinstated",
        row.name());
  }

  private boolean act(Runnable change, String doneKey, String positionName) {
    boolean done = PageActions.attempt(change);
    if (done) {
      PageMessages.info(doneKey, positionName.strip());
      rows = null;
    }
    return done;
  }

  public List<Row> getRows() {
    if (rows == null) {
      rows = service.findAll().stream().map(Row::of).toList();
    }
    return rows;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getEnglishName() {
    return englishName;
  }

  public void setEnglishName(String englishName) {
    this.englishName = englishName;
  }

  public boolean isSingleHolder() {
    return singleHolder;
  }

  public void setSingleHolder(boolean singleHolder) {
    this.singleHolder = singleHolder;
  }

  public Row getEditing() {
    return editing;
  }

  public String getEditName() {
    return editName;
  }

  public void setEditName(String editName) {
    this.editName = editName;
  }

  public String getEditEnglishName() {
    return editEnglishName;
  }

  public void setEditEnglishName(String editEnglishName) {
    this.editEnglishName = editEnglishName;
  }

  public boolean isEditSingleHolder() {
    return editSingleHolder;
  }

  public void setEditSingleHolder(boolean editSingleHolder) {
    this.editSingleHolder = editSingleHolder;
  }
}
