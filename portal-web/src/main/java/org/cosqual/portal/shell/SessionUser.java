package org.cosqual.portal.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.omnifaces.util.Servlets;

/**
 * The visitor's language: Chinese unless they chose English, a choice kept in their HTTP session.
 * Reading it never starts a session, so anonymous readers of the public pages have none and their
 * pages can be cached; choosing a language (a GET link, see {@link LanguageChoiceFilter}) does.
 */
@Named
@RequestScoped
public class SessionUser {

  public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

  /** The query parameter of the language links. */
  static final String CHOICE = "lang";

  private static final String CHOSEN = SessionUser.class.getName() + ".locale";

  @Inject HttpServletRequest request;

  public Locale getLocale() {
    HttpSession session = request.getSession(false);
    return session != null && session.getAttribute(CHOSEN) instanceof Locale chosen
        ? chosen
        : CHINESE;
  }

  public String getLanguage() {
    return getLocale().toLanguageTag();
  }

  /** The address of the page being shown, asking for it in the given language. */
  public String switchLink(String languageTag) {
    String rest = withoutChoice(Servlets.getRequestQueryString(request));
    return Servlets.getRequestURI(request)
        + "?"
        + (rest.isEmpty() ? "" : rest + "&")
        + CHOICE
        + "="
        + languageTag;
  }

  /** Remembers the language for the rest of the visit: English, or else Chinese. */
  static void choose(HttpSession session, String languageTag) {
    session.setAttribute(
        CHOSEN, Locale.ENGLISH.toLanguageTag().equals(languageTag) ? Locale.ENGLISH : CHINESE);
  }

  /**
   * The language a raw query string asks for, if any. The query is not decoded: parameters read
   * before JSF sets the request's character encoding would be decoded wrongly for good.
   */
  static Optional<String> choiceIn(String query) {
    return parts(query)
        .filter(SessionUser::isChoice)
        .map(p -> p.substring(CHOICE.length() + 1))
        .findFirst();
  }

  /** A raw query string without the language choice; empty when nothing else is left. */
  static String withoutChoice(String query) {
    return parts(query).filter(p -> !isChoice(p)).collect(Collectors.joining("&"));
  }

  private static Stream<String> parts(String query) {
    return query == null
        ? Stream.empty()
        : Arrays.stream(query.split("&")).filter(p -> !p.isEmpty());
  }

  private static boolean isChoice(String part) {
    return part.startsWith(CHOICE + "=");
  }
}
