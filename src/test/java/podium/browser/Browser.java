package podium.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import podium.RequiredTool;

/**
 * Headless Chromium from the Debian packages, driven through Selenium. Without Chromium the browser tests
 * are skipped on a developer's machine and fail in CI ({@link RequiredTool}).
 */
final class Browser implements AutoCloseable {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  /**
   * Raw CDP commands need no version-specific bindings, so Selenium's warning that Debian's Chromium is newer
   * than its newest bindings is noise. Held here: java.util.logging keeps loggers only weakly.
   */
  private static final java.util.logging.Logger CDP_VERSIONS = quiet("org.openqa.selenium.devtools");

  private static java.util.logging.Logger quiet(String name) {
    java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
    logger.setLevel(Level.SEVERE);
    return logger;
  }

  final ChromeDriver driver;
  final Path downloads;
  private final Path profile;

  private Browser(ChromeDriver driver, Path profile, Path downloads) {
    this.driver = driver;
    this.profile = profile;
    this.downloads = downloads;
  }

  static Browser open(int width, int height) {
    RequiredTool.require("Chromium and chromedriver (" + CHROMIUM + ", " + CHROMEDRIVER + ")",
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER), "apt-get install chromium chromium-driver");
    try {
      Path profile = Files.createTempDirectory("podium-chromium");
      Path downloads = Files.createDirectories(profile.resolve("downloads"));
      ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile());
      options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
          "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
          "--disable-sync", "--hide-scrollbars", "--user-data-dir=" + profile.resolve("profile"),
          "--window-size=" + width + "," + height);
      options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
          "download.prompt_for_download", false));
      LoggingPreferences logs = new LoggingPreferences();
      logs.enable(LogType.BROWSER, Level.ALL);
      options.setCapability("goog:loggingPrefs", logs);
      ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
          .usingAnyFreePort().build();
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
      driver.manage().window().setSize(new Dimension(width, height));
      driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath",
          downloads.toString()));
      return new Browser(driver, profile, downloads);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A phone: 360 CSS pixels wide and {@code height} high, honouring the viewport meta tag. */
  static Browser phone(int height) {
    Browser browser = open(800, 900);
    browser.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 360, "height", height,
        "deviceScaleFactor", 2, "mobile", true));
    return browser;
  }

  /** Opens a URL and waits until an edition page's deferred scripts have run (filters, stars, switches). */
  Browser go(String url) {
    driver.get(url);
    waitFor(() -> Boolean.TRUE.equals(js("return document.readyState === 'complete' && (!document.body.dataset.edition || !!window.Podium)")));
    return this;
  }

  /** Opens the programme's disclosure of search, filters and time zone, as a reader taps it (if closed). */
  Browser openTools() {
    WebElement details = driver.findElement(By.cssSelector("details.tools"));
    if (details.getDomAttribute("open") == null) {
      details.findElement(By.cssSelector("summary")).click();
    }
    return this;
  }

  Object js(String script, Object... arguments) {
    return ((JavascriptExecutor) driver).executeScript(script, arguments);
  }

  Object asyncJs(String script, Object... arguments) {
    return ((JavascriptExecutor) driver).executeAsyncScript(script, arguments);
  }

  WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  /** How many elements matching {@code css} are rendered (not hidden by the filters). */
  long visible(String css) {
    return all(css).stream().filter(WebElement::isDisplayed).count();
  }

  void waitFor(java.util.function.Supplier<Boolean> condition) {
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(ignored -> condition.get());
  }

  /** Console errors (CSP violations among them) since the last call. */
  List<String> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
  }

  /**
   * The whole page, not only the window, as target/screenshots/{@code name}.png. Off-screen slots skip rendering
   * (content-visibility: auto) until a reader scrolls to them, which a full-page capture would show as blank
   * space: they are rendered for the capture, as a reader scrolling down sees them.
   */
  void screenshot(String name) throws IOException {
    Path folder = Files.createDirectories(Path.of("target", "screenshots"));
    driver.executeScript("document.querySelectorAll('.slot').forEach(s => s.style.contentVisibility = 'visible')");
    Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
    @SuppressWarnings("unchecked")
    Map<String, Number> size = (Map<String, Number>) metrics.get("cssContentSize");
    Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
        "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", size.get("width"),
            "height", size.get("height"), "scale", 1)));
    Files.write(folder.resolve(name + ".png"), java.util.Base64.getDecoder().decode((String) shot.get("data")));
    driver.executeScript("document.querySelectorAll('.slot').forEach(s => s.style.contentVisibility = '')");
  }

  @Override
  public void close() {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // a leftover temporary profile is harmless
    }
  }
}
