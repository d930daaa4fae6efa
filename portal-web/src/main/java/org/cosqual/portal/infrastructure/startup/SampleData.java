package org.cosqual.portal.infrastructure.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.cosqual.personnel.application.AccountService;
import org.cosqual.personnel.application.CallerIdentity;
import org.cosqual.personnel.application.EnterpriseRegistration;
import org.cosqual.personnel.application.EnterpriseService;
import org.cosqual.personnel.application.NewAccount;
import org.cosqual.personnel.application.OrganisationService;
import org.cosqual.personnel.domain.model.account.Role;
import org.cosqual.personnel.domain.model.enterprise.EnterpriseKind;
import org.cosqual.personnel.domain.model.organisation.OrganisationKind;
import org.cosqual.portal.security.CurrentCaller;

/**
 * Seeds the demo data from {@code sample/*.csv} through the services, so hashing and every rule
 * apply. Idempotent: only what is missing is added, so a restart changes nothing.
 */
@ApplicationScoped
public class SampleData {

  private static final Logger LOG = Logger.getLogger(SampleData.class.getName());

  @Inject CurrentCaller caller;
  @Inject OrganisationService organisations;
  @Inject AccountService accounts;
  @Inject EnterpriseService enterprises;
  @Inject SampleStaff staff;
  @Inject SampleTraining training;
  @Inject SampleCourses courses;
  @Inject SampleQuestions questions;
  @Inject SampleCampaigns campaigns;
  @Inject SampleContent content;

  @ActivateRequestContext
  public void seed() {
    caller.actAs(CallerIdentity.system());
    if (!organisations.hasJurisdictions()) {
      for (CSVRecord row : read("jurisdictions.csv")) {
        String parent = row.get("parent");
        organisations.createJurisdiction(
            row.get("code"), row.get("name"), parent.isEmpty() ? null : parent);
      }
      for (CSVRecord row : read("organisations.csv")) {
        organisations.createOrganisation(
            row.get("code"),
            row.get("name"),
            OrganisationKind.valueOf(row.get("kind")),
            row.get("jurisdiction"));
      }
      for (CSVRecord row : read("enterprises.csv")) {
        enterprises.registerEnterprise(
            new EnterpriseRegistration(
                row.get("name"),
                row.get("creditCode"),
                row.get("licenseNo"),
                enumSet(EnterpriseKind.class, row.get("kinds")),
                Boolean.parseBoolean(row.get("producesItself")),
                row.get("jurisdiction"),
                row.get("address")));
      }
    }
    List<CSVRecord> demoAccounts = read("accounts.csv");
    if (accounts.countAccounts() == 0) {
      var byCode =
          organisations.findVisibleOrganisations(null).stream()
              .collect(Collectors.toMap(o -> o.getCode(), o -> o.getId()));
      for (CSVRecord row : demoAccounts) {
        if (isFiled(row)) {
          continue;
        }
        accounts.createAccount(
            new NewAccount(
                row.get("username"),
                row.get("person"),
                row.get("phone"),
                row.get("email"),
                enumSet(Role.class, row.get("roles")),
                byCode.get(row.get("organisation")),
                row.get("password").toCharArray()));
      }
    }
    staff.seed(read("staff.csv"), demoAccounts.stream().filter(SampleData::isFiled).toList());
    training.seed(read("training.csv"));
    courses.seed(read("courses.csv"));
    questions.seed(read("questions.csv"));
    campaigns.seed(read("campaigns.csv"));
    content.seed(read("content.csv"), read("handbook-sections.csv"), read("common-problems.csv"));
    StringBuilder list =
        new StringBuilder("Demo accounts (demo mode; set COSQUAL_DEMO=false for none):");
    for (CSVRecord row : demoAccounts) {
      list.append(
          String.format(
              "%n  %-12s %-28s password %s",
              row.get("username"), row.get("roles"), row.get("password")));
    }
    LOG.info(list::toString);
  }

  /**
   * Whether the account belongs to a key-staff member of {@code staff.csv}: her enterprise's
   * administrator opens it from her archive once her appointment is approved, not the system
   * administrator here.
   */
  static boolean isFiled(CSVRecord account) {
    return Boolean.parseBoolean(account.get("filed"));
  }

  private static <E extends Enum<E>> Set<E> enumSet(Class<E> type, String names) {
    return Arrays.stream(names.split(";"))
        .map(name -> Enum.valueOf(type, name))
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(type)));
  }

  /** The rows of a file of {@code sample/}, by its header (public for the tests that use them). */
  public static List<CSVRecord> read(String file) {
    try (Reader in =
        new InputStreamReader(
            SampleData.class.getResourceAsStream("/sample/" + file), StandardCharsets.UTF_8)) {
      return CSVFormat.DEFAULT
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .get()
          .parse(in)
          .getRecords();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read sample/" + file, e);
    }
  }
}
