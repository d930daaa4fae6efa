package org.cosqual.deploy;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A candidate at the exam over HTTP, sending the requests the browser sends: the sign-in form, the
 * start button of My assessments, and on the exam page each answer as the PrimeFaces ajax request
 * of its p:ajax behaviour (read from the page's own script), then the submit dialog's button. Its
 * cookies are its own; the HTTP client may be shared by many candidates, so redirects are followed
 * here, each hop's cookies kept.
 */
final class ExamCandidate {

  static final String VIEW_STATE = "jakarta.faces.ViewState";
  private static final Duration TIMEOUT = Duration.ofMinutes(3);
  private static final Pattern TAG_ATTRIBUTE = Pattern.compile("([\\w:.-]+)=\"([^\"]*)\"");
  private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>");
  private static final Pattern TEXTAREA =
      Pattern.compile("<textarea\\b([^>]*)>([^<]*)</textarea>", Pattern.DOTALL);
  private static final Pattern SECTION =
      Pattern.compile("<section id=\"question-(\\d+)\"[^>]*data-type=\"(\\w+)\"");
  private static final Pattern AJAX =
      Pattern.compile(
          "PrimeFaces\\.ab\\(\\{s:\"([^\"]+)\",e:\"([^\"]+)\",f:\"([^\"]+)\",p:\"([^\"]+)\",u:\"([^\"]+)\"");
  private static final Pattern REMAINING = Pattern.compile("data-remaining=\"(\\d+)\"");
  private static final Pattern ATTEMPT = Pattern.compile("attempt=(\\d+)");
  private static final Pattern UPDATE =
      Pattern.compile("<update id=\"([^\"]+)\"><!\\[CDATA\\[(.*?)]]></update>", Pattern.DOTALL);

  private final HttpClient http;
  private final URI base;
  private final String username;
  private final CookieManager cookies = new CookieManager();
  private ExamPage page;

  ExamCandidate(HttpClient http, URI base, String username) {
    this.http = http;
    this.base = base;
    this.username = username;
  }

  /**
   * A client for one or many candidates: redirects are followed by the candidate itself. HTTP/1.1,
   * as browsers speak to a plain-HTTP portal (they never upgrade to HTTP/2 without TLS, and a
   * thousand candidates' streams on one upgraded connection end in the server's GOAWAY).
   */
  static HttpClient client(Executor executor) {
    HttpClient.Builder builder =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10));
    return (executor == null ? builder : builder.executor(executor)).build();
  }

  String username() {
    return username;
  }

  ExamPage page() {
    return page;
  }

  /** Signs in through the sign-in form; fails unless the portal lets the candidate in. */
  CompletableFuture<Void> signIn(String password) {
    return get("/login.xhtml")
        .thenCompose(
            login -> {
              Map<String, String> form = new LinkedHashMap<>();
              form.put("loginForm", "loginForm");
              form.put("loginForm:username", username);
              form.put("loginForm:password", password);
              form.put("loginForm:signIn", "");
              form.put(VIEW_STATE, viewState(login.body()));
              return post(formAction(login.body(), "loginForm"), encode(form));
            })
        .thenAccept(
            in -> {
              if (in.uri().getPath().endsWith("/login.xhtml")) {
                throw new IllegalStateException(username + " was not let in at the sign-in form");
              }
            });
  }

  /** GET My assessments and POST the first start (or resume) button; opens the exam page. */
  CompletableFuture<ExamPage> start() {
    return get("/staff/assessments.xhtml")
        .thenCompose(
            list -> {
              Matcher button =
                  Pattern.compile("name=\"(assessmentsForm:assessments:\\d+:start)\"")
                      .matcher(list.body());
              if (!button.find()) {
                throw new IllegalStateException(username + ": no start button on My assessments");
              }
              Map<String, String> form = new LinkedHashMap<>();
              form.put("assessmentsForm", "assessmentsForm");
              form.put(button.group(1), "");
              form.put(VIEW_STATE, viewState(list.body()));
              return post(formAction(list.body(), "assessmentsForm"), encode(form));
            })
        .thenApply(this::examPage);
  }

  /** GET the exam page of an attempt, as a reload or a resume does. */
  CompletableFuture<ExamPage> open(long attempt) {
    return get("/training/exam.xhtml?attempt=" + attempt).thenApply(this::examPage);
  }

  private ExamPage examPage(HttpResponse<String> response) {
    Matcher attempt =
        ATTEMPT.matcher(response.uri().getQuery() == null ? "" : response.uri().getQuery());
    if (!attempt.find() || !response.body().contains("id=\"countdown\"")) {
      throw new IllegalStateException(
          username
              + ": no open exam page at "
              + response.uri()
              + " (status "
              + response.statusCode()
              + ")");
    }
    page = ExamPage.parse(base, Long.parseLong(attempt.group(1)), response.body());
    return page;
  }

  /**
   * Gives an answer as the page does: the question's inputs take the values (the option values, or
   * one text), and the ajax request of the input's change behaviour carries the whole form, as
   * PrimeFaces serialises it.
   */
  CompletableFuture<Saved> answer(int index, List<String> values) {
    Question question = page.questions().get(index);
    page.answers().put(index, List.copyOf(values));
    Ajax ajax = question.ajax();
    Map<String, List<String>> form = new LinkedHashMap<>();
    form.put("jakarta.faces.partial.ajax", List.of("true"));
    form.put("jakarta.faces.source", List.of(ajax.source()));
    form.put("jakarta.faces.partial.execute", List.of(ajax.execute()));
    form.put("jakarta.faces.partial.render", List.of(ajax.render()));
    form.put("jakarta.faces.behavior.event", List.of(ajax.event()));
    form.put("jakarta.faces.partial.event", List.of(ajax.event()));
    form.put(ajax.form(), List.of(ajax.form()));
    for (Question q : page.questions()) {
      List<String> given = page.answers().getOrDefault(q.index(), List.of());
      if (q.typed()) {
        form.put(q.name(), List.of(given.isEmpty() ? "" : given.get(0)));
      } else if (!given.isEmpty()) {
        form.put(q.name(), given);
      }
    }
    form.put(VIEW_STATE, List.of(page.viewState()));
    long sent = System.nanoTime();
    return send(request(page.action())
            .header("Faces-Request", "partial/ajax")
            .header("X-Requested-With", "XMLHttpRequest")
            .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
            .POST(HttpRequest.BodyPublishers.ofString(encodeAll(form)))
            .build())
        .thenApply(r -> Saved.of(question, r, System.nanoTime() - sent));
  }

  /** The submit dialog's button; returns the result page. */
  CompletableFuture<String> submit() {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("submitForm", "submitForm");
    form.put("submitForm:confirmSubmit", "");
    form.put(VIEW_STATE, page.viewState());
    return post(page.action(), encode(form))
        .thenApply(
            r -> {
              if (!r.body().contains("id=\"result\"")) {
                throw new IllegalStateException(
                    username + ": no result after submitting, at " + r.uri());
              }
              return r.body();
            });
  }

  private CompletableFuture<HttpResponse<String>> get(String path) {
    return follow(request(base.resolve(path)).GET().build(), 0);
  }

  private CompletableFuture<HttpResponse<String>> post(URI action, String body) {
    return follow(
        request(action)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        0);
  }

  private HttpRequest.Builder request(URI uri) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(TIMEOUT);
    try {
      cookies
          .get(uri, Map.of())
          .forEach((name, values) -> values.forEach(v -> builder.header(name, v)));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return builder;
  }

  private CompletableFuture<HttpResponse<String>> send(HttpRequest request) {
    return http.sendAsync(request, BodyHandlers.ofString(StandardCharsets.UTF_8))
        .thenApply(
            response -> {
              try {
                cookies.put(response.uri(), response.headers().map());
              } catch (IOException e) {
                throw new CompletionException(e);
              }
              return response;
            });
  }

  private CompletableFuture<HttpResponse<String>> follow(HttpRequest request, int hops) {
    return send(request)
        .thenCompose(
            response -> {
              int status = response.statusCode();
              if (status < 300 || status >= 400) {
                return CompletableFuture.completedFuture(response);
              }
              if (hops > 5) {
                throw new IllegalStateException("too many redirects at " + request.uri());
              }
              URI next =
                  request.uri().resolve(response.headers().firstValue("Location").orElseThrow());
              return follow(request(next).GET().build(), hops + 1);
            });
  }

  static String viewState(String html) {
    for (Map<String, String> input : inputs(html)) {
      if (VIEW_STATE.equals(input.get("name"))) {
        return input.get("value");
      }
    }
    throw new IllegalStateException("no " + VIEW_STATE + " on the page");
  }

  private URI formAction(String html, String formId) {
    Matcher form = Pattern.compile("<form id=\"" + formId + "\"[^>]*>").matcher(html);
    if (!form.find()) {
      throw new IllegalStateException("no form " + formId + " on the page");
    }
    return base.resolve(unescape(attributes(form.group()).get("action")));
  }

  static List<Map<String, String>> inputs(String html) {
    List<Map<String, String>> inputs = new ArrayList<>();
    Matcher input = INPUT.matcher(html);
    while (input.find()) {
      inputs.add(attributes(input.group()));
    }
    return inputs;
  }

  static Map<String, String> attributes(String tag) {
    Map<String, String> attributes = new LinkedHashMap<>();
    Matcher attribute = TAG_ATTRIBUTE.matcher(tag);
    while (attribute.find()) {
      attributes.put(attribute.group(1), unescape(attribute.group(2)));
    }
    return attributes;
  }

  static String unescape(String html) {
    return html.replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
  }

  private static String encode(Map<String, String> form) {
    Map<String, List<String>> all = new LinkedHashMap<>();
    form.forEach((k, v) -> all.put(k, List.of(v)));
    return encodeAll(all);
  }

  private static String encodeAll(Map<String, List<String>> form) {
    StringBuilder body = new StringBuilder();
    form.forEach(
        (name, values) ->
            values.forEach(
                value ->
                    body.append(body.length() == 0 ? "" : "&")
                        .append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                        .append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8))));
    return body.toString();
  }

  /** The ajax request a question's input sends on change, as the page's script declares it. */
  record Ajax(String source, String event, String form, String execute, String render) {}

  /**
   * One question of the open exam page: its input's name, the values its options carry (none for a
   * text), what the page shows as answered (checked values or the text) and whether its saved mark
   * is shown.
   */
  record Question(
      int index,
      int number,
      String type,
      String name,
      List<String> options,
      List<String> shown,
      boolean savedMark,
      Ajax ajax) {

    boolean typed() {
      return type.equals("FILL_IN") || type.equals("SHORT_ANSWER");
    }
  }

  /** The open exam page as the server rendered it, and the answers given on it since. */
  record ExamPage(
      long attempt,
      URI action,
      String viewState,
      long remainingSeconds,
      List<Question> questions,
      Map<Integer, List<String>> answers) {

    static ExamPage parse(URI base, long attempt, String html) {
      Matcher remaining = REMAINING.matcher(html);
      if (!remaining.find()) {
        throw new IllegalStateException("no countdown on the exam page of attempt " + attempt);
      }
      Matcher form = Pattern.compile("<form id=\"examForm\"[^>]*>").matcher(html);
      if (!form.find()) {
        throw new IllegalStateException("no examForm on the exam page of attempt " + attempt);
      }
      String action = unescape(attributes(form.group()).get("action"));
      List<int[]> starts = new ArrayList<>();
      List<String> types = new ArrayList<>();
      Matcher section = SECTION.matcher(html);
      while (section.find()) {
        starts.add(new int[] {section.start(), Integer.parseInt(section.group(1))});
        types.add(section.group(2));
      }
      List<Question> questions = new ArrayList<>();
      for (int i = 0; i < starts.size(); i++) {
        int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : html.length();
        questions.add(
            question(i, starts.get(i)[1], types.get(i), html.substring(starts.get(i)[0], end)));
      }
      return new ExamPage(
          attempt,
          base.resolve(action),
          ExamCandidate.viewState(html),
          Long.parseLong(remaining.group(1)),
          List.copyOf(questions),
          new LinkedHashMap<>());
    }

    private static Question question(int index, int number, String type, String html) {
      String prefix = "examForm:questions:" + index + ":";
      String name = null;
      List<String> options = new ArrayList<>();
      List<String> shown = new ArrayList<>();
      for (Map<String, String> input : inputs(html)) {
        String inputName = input.get("name");
        if (inputName == null || !inputName.startsWith(prefix)) {
          continue;
        }
        String kind = input.getOrDefault("type", "text");
        if (kind.equals("radio") || kind.equals("checkbox")) {
          name = inputName;
          options.add(input.get("value"));
          if (input.containsKey("checked")) {
            shown.add(input.get("value"));
          }
        } else if (kind.equals("text")) {
          name = inputName;
          String value = input.getOrDefault("value", "");
          if (!value.isEmpty()) {
            shown.add(value);
          }
        }
      }
      Matcher area = TEXTAREA.matcher(html);
      while (area.find()) {
        Map<String, String> attributes = attributes(area.group(1));
        if (attributes.getOrDefault("name", "").startsWith(prefix)) {
          name = attributes.get("name");
          String value = unescape(area.group(2)).strip();
          if (!value.isEmpty()) {
            shown.add(value);
          }
        }
      }
      Ajax ajax = null;
      Matcher script = AJAX.matcher(unescape(html));
      while (script.find()) {
        if (script.group(1).equals(name) && (ajax == null || script.group(2).equals("change"))) {
          ajax =
              new Ajax(
                  script.group(1),
                  script.group(2),
                  script.group(3),
                  script.group(4).replace(',', ' '),
                  script.group(5).replace(',', ' '));
        }
      }
      if (name == null || ajax == null) {
        throw new IllegalStateException(
            "question " + number + " (" + type + "): no input or no ajax behaviour on the page");
      }
      return new Question(
          index,
          number,
          type,
          name,
          List.copyOf(options),
          List.copyOf(shown),
          html.contains("cq-saved"),
          ajax);
    }
  }

  /** What the server answered to one answer's ajax request. */
  record Saved(Question question, int status, boolean saved, String refusal, long nanos) {

    static Saved of(Question question, HttpResponse<String> response, long nanos) {
      String statusId = question.name().substring(0, question.name().lastIndexOf(':')) + ":status";
      String refusal = null;
      boolean saved = false;
      Matcher update = UPDATE.matcher(response.body());
      while (update.find()) {
        if (update.group(1).equals(statusId)) {
          saved = update.group(2).contains("cq-saved");
          Matcher refused = Pattern.compile("cq-refused\">([^<]*)<").matcher(update.group(2));
          refusal = refused.find() ? refused.group(1) : null;
        }
      }
      if (!saved && refusal == null) {
        refusal =
            response.body().contains("<redirect")
                ? "redirected (session gone?)"
                : "no saved mark in the answer (status " + response.statusCode() + ")";
      }
      return new Saved(question, response.statusCode(), saved, refusal, nanos);
    }
  }
}
