package org.cosqual.personnel.application;

import java.util.List;

/**
 * The texts of mail: a bundle key with its arguments in the language mail is written in. The bundle
 * lives in the web tier, which implements this; an argument that is itself a key (an enum value) is
 * translated too.
 */
public interface MailTexts {

  String text(String key, List<String> arguments);
}
