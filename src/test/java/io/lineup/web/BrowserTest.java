package io.lineup.web;

import io.lineup.support.IntegrationTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.NoSuchSessionException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Drives Debian's headless Chromium against the running application; one browser serves the test
 * classes of a test JVM in turn (started by the first, quit after each class). Without Chromium the
 * tests fail: CI installs it ({@code .ci/run}).
 */
public abstract class BrowserTest extends IntegrationTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final Duration PAGE_WAIT = Duration.ofSeconds(30);
  private static final Duration RUN_WAIT = Duration.ofSeconds(90);

  private static WebDriver driver;

  @LocalServerPort private int port;

  /** A failed test leaves what the browser showed as {@code failed-<test>.png}. */
  @RegisterExtension
  final AfterTestExecutionCallback screenshotOnFailure =
      context -> {
        if (context.getExecutionException().isPresent() && driver != null) {
          screenshot("failed-" + context.getRequiredTestMethod().getName());
        }
      };

  @BeforeEach
  void startBrowser() {
    if (driver == null) {
      driver = start();
      signIn("admin", ADMIN_PASSWORD);
    }
  }

  /** Signs in through the login form, as a person would. */
  protected void signIn(String username, String password) {
    open("/login");
    waitUp().until(ExpectedConditions.elementToBeClickable(By.id("username"))).sendKeys(username);
    waitUp().until(ExpectedConditions.elementToBeClickable(By.id("password"))).sendKeys(password);
    click(By.cssSelector("button[type=submit]"));
    waitUp().until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
  }

  /** Signs out with the header's button and waits for the login page to say so. */
  protected void signOut() {
    open("/");
    click(By.id("sign-out"));
    waitUp().until(ExpectedConditions.urlContains("/login?logout"));
  }

  @AfterAll
  static void stopBrowser() {
    if (driver != null) {
      driver.quit();
      driver = null;
    }
  }

  protected WebDriver browser() {
    return driver;
  }

  protected void open(String path) {
    driver.get("http://localhost:" + port + path);
  }

  protected WebElement find(By by) {
    return waitUp().until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  protected List<WebElement> all(By by) {
    return driver.findElements(by);
  }

  /** The element's text, read again if the element is replaced while it is read. */
  protected String textOf(By by) {
    return waitUp()
        .until(
            d -> {
              WebElement element = ExpectedConditions.visibilityOfElementLocated(by).apply(d);
              return element == null ? null : element.getText();
            });
  }

  /**
   * Waits for the run page to show {@code status}: runs are executed by the scheduler's threads,
   * which a loaded 2-core machine can keep waiting, so this waits longer than a page does.
   */
  protected void waitForRunStatus(String status) {
    waitForWork()
        .withMessage(() -> "the run did not reach " + status)
        .until(ExpectedConditions.textToBe(By.id("run-status"), status));
  }

  /** A wait for what the scheduler's threads do: runs, launches. */
  protected WebDriverWait waitForWork() {
    WebDriverWait wait = new WebDriverWait(driver, RUN_WAIT);
    wait.ignoring(StaleElementReferenceException.class);
    wait.ignoring(NoSuchElementException.class);
    return wait;
  }

  protected WebDriverWait waitUp() {
    WebDriverWait wait = new WebDriverWait(driver, PAGE_WAIT);
    // the run pages swap their live part every second: an element found just before a swap
    // goes stale
    wait.ignoring(StaleElementReferenceException.class);
    return wait;
  }

  protected void type(By by, String text) {
    WebElement field = find(by);
    field.clear();
    field.sendKeys(text);
  }

  /**
   * Clicks, again if the element went stale first (a live page swaps its parts every second) or
   * something covered it for a moment (a script filling a cell moves the table under the pointer).
   */
  protected void click(By by) {
    waitUp()
        .ignoring(ElementClickInterceptedException.class)
        .until(
            d -> {
              WebElement element = ExpectedConditions.elementToBeClickable(by).apply(d);
              if (element == null) {
                return false;
              }
              element.click();
              return true;
            });
  }

  /**
   * Clicks what loads a new page (a link, a form's button) and waits until the new page has loaded:
   * read straight after the click, an element can still come from the page being left. The page
   * being left is marked with a script variable, which the new page does not have.
   */
  protected void clickToLoad(By by) {
    markPage();
    click(by);
    waitForNewPage();
  }

  /** Like {@link #clickToLoad}, for a button that asks to confirm first. */
  protected void clickConfirmToLoad(By by) {
    markPage();
    click(by);
    waitUp().until(ExpectedConditions.alertIsPresent()).accept();
    waitForNewPage();
  }

  private void markPage() {
    ((JavascriptExecutor) driver).executeScript("window.lineupLeaving = true;");
  }

  private void waitForNewPage() {
    waitUp()
        .until(
            d -> {
              try {
                return (Boolean)
                    ((JavascriptExecutor) d)
                        .executeScript(
                            "return window.lineupLeaving === undefined"
                                + " && document.readyState === 'complete';");
              } catch (NoSuchSessionException e) {
                throw e;
              } catch (WebDriverException e) {
                // while the page changes, the script may find no page to run in: ask again
                return false;
              }
            });
  }

  /** Saves what the browser shows as {@code target/screenshots/<name>.png}. */
  protected void screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      byte[] png = ((ChromeDriver) driver).getScreenshotAs(OutputType.BYTES);
      Files.write(SCREENSHOTS.resolve(name + ".png"), png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static WebDriver start() {
    if (!Files.isExecutable(CHROMEDRIVER) || !Files.isExecutable(CHROMIUM)) {
      throw new IllegalStateException(
          "Browser tests need Debian's chromium and chromium-driver: apt-get install -y chromium"
              + " chromium-driver");
    }
    try {
      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM.toFile());
      options.addArguments(
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--disable-quic",
          "--no-first-run",
          "--disable-dev-shm-usage",
          "--window-size=1400,1000",
          "--user-data-dir=" + Files.createTempDirectory("lineup-chromium"));
      ChromeDriverService service =
          new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
      ChromeDriver chrome = new ChromeDriver(service, options);
      chrome.manage().window().setSize(new Dimension(1400, 1000));
      return chrome;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
