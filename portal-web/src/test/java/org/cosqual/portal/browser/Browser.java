package org.cosqual.portal.browser;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Debian's chromedriver; nothing is ever downloaded. When
 * either is missing the tests fail at once, naming the packages to install.
 */
final class Browser implements AutoCloseable {

  static final File CHROMIUM = new File("/usr/bin/chromium");
  static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
  static final int DESKTOP_WIDTH = 1280;
  static final int PHONE_WIDTH = 375;

  private final WebDriver driver;
  private final String base;
  private final Path profile;

  private Browser(URL base, int width, int height) {
    if (!CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute()) {
      throw new IllegalStateException(
          "Browser tests need Debian's Chromium: apt-get install chromium chromium-driver fonts-noto-cjk");
    }
    try {
      profile = Files.createTempDirectory("cosqual-chromium");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--lang=zh-CN",
        "--user-data-dir=" + profile,
        "--window-size=" + width + "," + height);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER)
            .usingAnyFreePort()
            .build();
    this.driver = new ChromeDriver(service, options);
    this.base = base.toString().replaceAll("/$", "");
  }

  static Browser desktop(URL base) {
    return new Browser(base, DESKTOP_WIDTH, 900);
  }

  /**
   * A phone-sized screen: headless Chromium keeps windows at least 500 px wide, so emulate the
   * device.
   */
  static Browser phone(URL base) {
    Browser browser = new Browser(base, PHONE_WIDTH, 812);
    ((ChromeDriver) browser.driver)
        .executeCdpCommand(
            "Emulation.setDeviceMetricsOverride",
            Map.of("width", PHONE_WIDTH, "height", 812, "deviceScaleFactor", 2, "mobile", true));
    return browser;
  }

  Browser open(String path) {
    driver.get(base + path);
    return this;
  }

  /** Signs in through the form and waits for the page it leads to. */
  Browser signIn(String username, String password) {
    open("/login.xhtml");
    type("loginForm:username", username);
    type("loginForm:password", password);
    String before = driver.getCurrentUrl();
    click("loginForm:signIn");
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(
            d ->
                !d.getCurrentUrl().equals(before)
                    || !d.findElements(By.cssSelector(".ui-messages-error")).isEmpty());
    return this;
  }

  Browser signOut() {
    click("shellForm:signOut");
    waitFor("signedOutNotice");
    return this;
  }

  void type(String id, String text) {
    WebElement field = driver.findElement(By.id(id));
    field.clear();
    field.sendKeys(text);
  }

  /**
   * Submits a form through one of its buttons from inside the page (same session, same view state)
   * and returns the response body: how a test reads a file the browser would save.
   */
  byte[] download(String formId, String buttonId) {
    String base64 =
        (String)
            ((ChromeDriver) driver)
                .executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                        + "const form = document.getElementById(arguments[0]);"
                        + "const data = new FormData(form);"
                        + "data.append(arguments[1], arguments[1]);"
                        + "fetch(form.action, {method: 'POST', body: new URLSearchParams(data)})"
                        + ".then(r => r.arrayBuffer()).then(b => {"
                        + "  let s = ''; new Uint8Array(b).forEach(c => s += String.fromCharCode(c));"
                        + "  done(btoa(s)); });",
                    formId,
                    buttonId);
    return Base64.getDecoder().decode(base64);
  }

  /** An issued document's verification code as printed: four groups of four. */
  static final Pattern VERIFICATION_CODE =
      Pattern.compile("[0-9A-HJKMNP-TV-Z]{4}(?:-[0-9A-HJKMNP-TV-Z]{4}){3}");

  /** Every cell of the first sheet, one per line. */
  static String cells(byte[] xlsx) {
    if (xlsx.length < 2 || xlsx[0] != 'P' || xlsx[1] != 'K') {
      throw new AssertionError(
          "not an xlsx: "
              + new String(xlsx, 0, Math.min(xlsx.length, 600), StandardCharsets.UTF_8));
    }
    try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      StringBuilder text = new StringBuilder();
      workbook.getSheetAt(0).forEach(row -> row.forEach(cell -> text.append(cell).append('\n')));
      return text.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Uploads a sheet on an import page and waits (up to five minutes) for its report.
   *
   * @return how long from the click on 导入 to the report on screen
   */
  Duration importSheet(Path file) {
    driver
        .findElement(By.cssSelector("#importForm input[type=file]"))
        .sendKeys(file.toAbsolutePath().toString());
    long start = System.nanoTime();
    click("importForm:upload");
    new WebDriverWait(driver, Duration.ofMinutes(5))
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("created")));
    return Duration.ofNanos(System.nanoTime() - start);
  }

  /** Types into a PrimeFaces text editor (Quill), after what it holds. */
  void typeRichText(String editorId, String text) {
    WebElement editor = richText(editorId);
    editor.click();
    editor.sendKeys(text);
  }

  /** Replaces what a PrimeFaces text editor (Quill) holds with the text. */
  void replaceRichText(String editorId, String text) {
    WebElement editor = richText(editorId);
    editor.click();
    editor.sendKeys(Keys.chord(Keys.CONTROL, "a"));
    editor.sendKeys(text);
  }

  /** The editable area of a PrimeFaces text editor. */
  WebElement richText(String editorId) {
    return driver.findElement(By.cssSelector("[id='" + editorId + "_editor'] .ql-editor"));
  }

  /** What an input holds now. */
  String value(String id) {
    return driver.findElement(By.id(id)).getAttribute("value");
  }

  void click(String id) {
    driver.findElement(By.id(id)).click();
  }

  /**
   * Waits for an element; when it never shows, keeps a screenshot of what the page showed instead.
   */
  WebElement waitFor(String id) {
    try {
      return new WebDriverWait(driver, Duration.ofSeconds(30))
          .until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    } catch (TimeoutException e) {
      screenshot("missing-" + id.replace(':', '-'));
      throw e;
    }
  }

  /** Ticks or unticks one item of a PrimeFaces checkbox menu, and closes the menu again. */
  void toggleInCheckboxMenu(String menuId, String itemValue) {
    click(menuId);
    String panel = menuId + "_panel";
    waitFor(panel);
    WebElement box =
        driver
            .findElement(By.id(panel))
            .findElement(By.cssSelector("li[data-item-value='" + itemValue + "'] .ui-chkbox-box"));
    // A script click hits this very item even while the panel is still sliding open.
    ((ChromeDriver) driver).executeScript("arguments[0].click();", box);
    // Closed through its widget: a click elsewhere can land on the open panel itself.
    ((ChromeDriver) driver).executeScript("PrimeFaces.getWidgetById(arguments[0]).hide();", menuId);
    waitUntilHidden(panel);
  }

  /**
   * Chooses the item of a PrimeFaces select menu that has this label, once the panel has stopped
   * sliding open (a click during the slide can land on a neighbouring item), and sees it chosen.
   */
  void chooseInMenu(String menuId, String label) {
    String panel = menuId + "_panel";
    By item = By.cssSelector("[id='" + panel + "'] li[data-label='" + label + "']");
    // On a loaded machine a click can still be lost while the page is busy: look, and try again.
    for (int attempt = 1; ; attempt++) {
      if (!driver.findElement(By.id(panel)).isDisplayed()) {
        click(menuId);
      }
      waitFor(panel);
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
      try {
        wait.until(
            d ->
                !(Boolean)
                    ((ChromeDriver) d)
                        .executeScript(
                            "return jQuery(document.getElementById(arguments[0])).is(':animated');",
                            panel));
        wait.until(ExpectedConditions.elementToBeClickable(item)).click();
        wait.until(ExpectedConditions.textToBe(By.id(menuId + "_label"), label));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id(panel)));
        return;
      } catch (TimeoutException missed) {
        if (attempt == 3) {
          screenshot("menu-" + menuId.replace(':', '-'));
          throw missed;
        }
      }
    }
  }

  /** Clicks a button whose ajax request re-renders {@code updatedId}, and waits until it has. */
  void clickAndWaitForUpdate(String buttonId, String updatedId) {
    WebElement before = driver.findElement(By.id(updatedId));
    click(buttonId);
    new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(before));
    waitFor(updatedId);
  }

  /** Types a date (yyyy-MM-dd) into a PrimeFaces date picker (its calendar opens on its button). */
  void typeDate(String pickerId, String date) {
    type(pickerId + "_input", date);
    driver.findElement(By.id(pickerId + "_input")).sendKeys(Keys.TAB);
  }

  /** Answers yes in the confirmation dialog that is showing. */
  void confirm() {
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")))
        .click();
  }

  void waitUntilHidden(String id) {
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(ExpectedConditions.invisibilityOfElementLocated(By.id(id)));
  }

  void waitForText(By where, String text) {
    try {
      // Chromium reports an element replaced by a page load mid-read as an inspector error,
      // not as a stale element; the next poll reads the new page.
      new WebDriverWait(driver, Duration.ofSeconds(30))
          .ignoring(WebDriverException.class)
          .until(ExpectedConditions.textToBePresentInElementLocated(where, text));
    } catch (TimeoutException e) {
      screenshot("missing-text-" + text.hashCode());
      throw e;
    }
  }

  String title() {
    return driver.findElement(By.id("pageTitle")).getText();
  }

  String messages() {
    return driver.findElements(By.cssSelector(".ui-messages, .ui-message")).stream()
        .map(WebElement::getText)
        .reduce("", (a, b) -> a + "\n" + b);
  }

  List<String> menu() {
    return driver.findElements(By.cssSelector("#menu a")).stream()
        .map(a -> a.getAttribute("id"))
        .toList();
  }

  String path() {
    return driver.getCurrentUrl().substring(base.length());
  }

  WebDriver driver() {
    return driver;
  }

  long viewportWidth() {
    return ((Number) ((ChromeDriver) driver).executeScript("return window.innerWidth;"))
        .longValue();
  }

  /** Whether the page fits the window without scrolling sideways. */
  boolean fitsWidth() {
    Object overflow =
        ((ChromeDriver) driver)
            .executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    return ((Number) overflow).intValue() <= 0;
  }

  /** Keeps a picture of the page under target/screenshots, for a person to look at. */
  void screenshot(String name) {
    try {
      Path dir = Path.of("target", "screenshots");
      Files.createDirectories(dir);
      Files.copy(
          ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(),
          dir.resolve(name + ".png"),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
