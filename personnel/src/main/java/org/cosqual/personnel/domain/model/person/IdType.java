package org.cosqual.personnel.domain.model.person;

/** The kinds of identity document a person's {@link IdNumber} comes from. */
public enum IdType {
  /** Resident identity card of the mainland (GB 11643-1999): 17 digits and a check character. */
  RESIDENT_ID_CARD,
  /**
   * Hong Kong, Macao or Taiwan resident: a residence permit (18 characters like a resident identity
   * card, starting 810000, 820000 or 830000) or a travel permit (H or M and 8 or 10 digits; 8
   * digits for Taiwan residents).
   */
  HK_MACAO_TAIWAN_PERMIT,
  /** Passport: 5 to 17 letters and digits. */
  PASSPORT
}
