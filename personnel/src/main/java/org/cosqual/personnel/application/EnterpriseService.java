package org.cosqual.personnel.application;

import java.util.List;
import java.util.Optional;
import org.cosqual.personnel.domain.model.enterprise.Enterprise;
import org.cosqual.personnel.domain.model.enterprise.EnterpriseQuery;
import org.cosqual.personnel.domain.model.jurisdiction.JurisdictionNode;

/**
 * What regulators and enterprises do with the enterprise register. Reading is scoped: a system
 * administrator sees every enterprise, a regulator those in their jurisdiction subtree, everyone
 * else only their own organisation's; an enterprise outside the caller's scope is not found, and
 * never loaded.
 */
public interface EnterpriseService {

  /**
   * A regulator registers an enterprise inside their own jurisdiction subtree; the credit code must
   * be new. Creates its organisation (coded by the credit code) and audits the registration.
   */
  Enterprise registerEnterprise(EnterpriseRegistration registration);

  /** The enterprises the caller may see: a regulator's subtree, or an enterprise user's own. */
  List<Enterprise> findVisibleEnterprises();

  /** One page of the enterprises in the caller's scope that match the query, in its order. */
  List<Enterprise> findEnterprises(EnterpriseQuery query, int first, int pageSize);

  /** How many enterprises in the caller's scope match the query. */
  long countEnterprises(EnterpriseQuery query);

  /**
   * The enterprise with its organisation and jurisdiction.
   *
   * @throws org.cosqual.personnel.domain.shared.NotFoundException when there is none or it lies
   *     outside the caller's scope
   */
  Enterprise getEnterprise(long id);

  /** The enterprise the caller belongs to (enterprise administrators, key staff), if any. */
  Optional<Enterprise> findOwnEnterprise();

  /** The jurisdiction nodes of the caller's scope, in tree order (none for enterprise users). */
  List<JurisdictionNode> findJurisdictionsInScope();

  /** Whether the caller may change the enterprise's registered facts (a regulator over it). */
  boolean mayChangeRegistration(Enterprise enterprise);

  /** Whether the caller may change the enterprise's contact details (its own administrator). */
  boolean mayChangeContact(Enterprise enterprise);

  /**
   * A regulator changes the registered facts of an enterprise in their subtree, from the form
   * loaded at {@code version}; each kind of change (facts, risk grade, status) is audited with its
   * old and new values.
   *
   * @throws org.cosqual.personnel.domain.shared.StaleVersionException when the enterprise changed
   *     since
   */
  Enterprise changeRegistration(long id, long version, RegisteredFacts facts);

  /**
   * The enterprise's own administrator changes its contact details, from the form loaded at {@code
   * version}; audited with old and new values.
   */
  Enterprise changeContact(long id, long version, EnterpriseContact contact);

  /**
   * A regulator opens an enterprise administrator account for an enterprise in their subtree (not a
   * cancelled one); returns its one-time password, to be shown once.
   */
  String createEnterpriseAdministrator(long id, NewEnterpriseAdministrator administrator);
}
