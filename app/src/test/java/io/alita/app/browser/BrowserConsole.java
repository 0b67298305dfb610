package io.alita.app.browser;

import io.alita.app.TestApps;
import io.alita.app.console.LoginLinks;
import io.alita.app.console.Tracked;
import io.alita.postgres.testing.TestDatabase;
import io.alita.telegram.fakeapi.FakeBotApi;
import io.alita.telegram.fakeapi.FakeUser;
import io.alita.web.auth.PasswordHash;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console in a real headless Chromium, for end-to-end tests. Register it once per test class:
 *
 * <pre>
 * static final FakeUser OWNER = FakeUser.of(900, "Olga", "olga_owner");
 *
 * &#64;RegisterExtension
 * static final BrowserConsole console = BrowserConsole.forOwner(OWNER).ownerPassword("a password of 12+ chars");
 *
 * &#64;Test
 * void ownerSeesTheMigrations() {
 *   console.signInWithLink(OWNER);
 *   console.open("/migrations");
 *   console.screenshot("migrations");
 *   assertEquals("Migrations", console.text(By.tagName("h1")));
 * }
 * </pre>
 *
 * <p>Before the class's own {@code @BeforeAll} it starts, on a fresh database: a fake Bot API ({@link #api()}), the
 * program in its {@code run} role (worker and console in one process, as {@code make run} does) talking to it, and a
 * headless Chromium ({@link #driver()}). Each test starts with no cookies (signed out). After the class everything is
 * stopped. A failed test leaves a screenshot {@code <Class>-<test>-failed.png}; {@link #screenshot} saves others; all
 * under {@code app/target/screenshots/}.
 *
 * <p>Without Chromium ({@link Chromium}) the class is skipped, except under {@code CI=true}, where it fails.
 */
public final class BrowserConsole
    implements ExecutionCondition, BeforeAllCallback, BeforeEachCallback, AfterAllCallback, TestWatcher {

  /** How long the browser and the bot are given for each step. */
  public static final Duration WAIT = Duration.ofSeconds(15);

  private final FakeUser owner;
  private final Map<String, String> extraEnv = new LinkedHashMap<>();

  private FakeBotApi api;
  private TestDatabase.Coordinates db;
  private TestApps.Running app;
  private WebDriver driver;
  private String base;
  private String testClass = "Browser";

  private BrowserConsole(FakeUser owner) {
    this.owner = Objects.requireNonNull(owner, "owner");
  }

  /** A console whose bot owner ({@code OWNER_ID}) is {@code owner}. */
  public static BrowserConsole forOwner(FakeUser owner) {
    return new BrowserConsole(owner);
  }

  /** Sets the owner's break-glass password ({@code CONSOLE_OWNER_PASSWORD_HASH}); at least 12 characters. */
  public BrowserConsole ownerPassword(String password) {
    return env("CONSOLE_OWNER_PASSWORD_HASH", PasswordHash.create(password.toCharArray(), new SecureRandom()).encoded());
  }

  /** Sets the read-only operator's password ({@code CONSOLE_OPERATOR_PASSWORD_HASH}). */
  public BrowserConsole operatorPassword(String password) {
    return env("CONSOLE_OPERATOR_PASSWORD_HASH",
        PasswordHash.create(password.toCharArray(), new SecureRandom()).encoded());
  }

  /** Any other variable of the program's environment. */
  public BrowserConsole env(String name, String value) {
    extraEnv.put(name, value);
    return this;
  }

  // ---------------------------------------------------------------- lifecycle

  /** Without Chromium the tests are reported as skipped, with the reason; under CI=true they run and fail. */
  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    Optional<String> missing = Chromium.missing();
    return missing.isPresent() && !Chromium.ci()
        ? ConditionEvaluationResult.disabled("Browser tests skipped: " + missing.get())
        : ConditionEvaluationResult.enabled("Chromium is installed, or CI=true");
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    testClass = context.getRequiredTestClass().getSimpleName();
    Optional<String> missing = Chromium.missing();
    if (missing.isPresent()) {
      throw new IllegalStateException("CI=true, so the browser tests must run: " + missing.get());
    }
    api = FakeBotApi.start();
    api.setLongPollCap(Duration.ofMillis(300));
    db = TestDatabase.create();
    Map<String, String> env = TestApps.workerEnv(db, api);
    int port = Integer.parseInt(env.get("HTTP_PORT"));
    base = "http://127.0.0.1:" + port;
    env.put("OWNER_ID", Long.toString(owner.id()));
    env.put("CONSOLE_URL", base);
    env.putAll(extraEnv);
    app = TestApps.run(env);
    driver = startChromium();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    // Each test starts signed out. Cookies can only be deleted for the site the browser is on.
    driver.get(base + "/health");
    driver.manage().deleteAllCookies();
  }

  @Override
  public void testFailed(ExtensionContext context, Throwable cause) {
    if (driver != null) {
      try {
        screenshot(context.getRequiredTestMethod().getName() + "-failed");
      } catch (RuntimeException e) {
        cause.addSuppressed(e);
      }
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    try {
      if (driver != null) {
        driver.quit();
      }
    } finally {
      driver = null;
      if (app != null) {
        app.close();
      }
      if (api != null) {
        api.close();
      }
    }
  }

  private WebDriver startChromium() {
    Path work = targetDir().resolve("browser");
    Path tmp = work.resolve("tmp");
    try {
      Files.createDirectories(tmp);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(Chromium.BROWSER.toFile());
    // --no-sandbox: the tests run as root in CI, where Chromium's sandbox refuses to start.
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--no-first-run",
        "--window-size=1280,900");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(Chromium.driver().toFile())
        .usingAnyFreePort()
        // Chromium fails to start (after a minute) with a TMPDIR that is not a normalised path; its profiles go here
        // rather than littering /tmp.
        .withEnvironment(Map.of("TMPDIR", tmp.toAbsolutePath().normalize().toString()))
        .withLogFile(work.resolve("chromedriver.log").toFile())
        .build();
    ChromeDriver chrome = new ChromeDriver(service, options);
    chrome.manage().timeouts().pageLoadTimeout(WAIT);
    return chrome;
  }

  private static Path targetDir() {
    return Path.of(System.getProperty("basedir", System.getProperty("user.dir")), "target").toAbsolutePath()
        .normalize();
  }

  // ---------------------------------------------------------------- what tests use

  /** The fake Telegram: set chats and members, send updates as users, await the bot's calls. */
  public FakeBotApi api() {
    return api;
  }

  /** The program's database, for setting up state or checking what was written. */
  public TestDatabase.Coordinates db() {
    return db;
  }

  /** The browser. */
  public WebDriver driver() {
    return driver;
  }

  /** The console's address, e.g. {@code http://127.0.0.1:41234}, without a trailing slash. */
  public String baseUrl() {
    return base;
  }

  /** Opens a console page by its path, e.g. {@code /migrations}. */
  public void open(String path) {
    driver.get(base + path);
  }

  /** The path of the page the browser shows (without the query). */
  public String path() {
    return java.net.URI.create(driver.getCurrentUrl()).getPath();
  }

  /** Waits until an element is visible and returns it. */
  public WebElement await(By locator) {
    return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  /** The visible text of an element, once it is visible. */
  public String text(By locator) {
    return await(locator).getText();
  }

  /** Waits until the browser shows the page at {@code path}. */
  public void awaitPath(String path) {
    new WebDriverWait(driver, WAIT).until(d -> path.equals(path()));
  }

  /**
   * Signs in as {@code user} the way a person does: {@code /console} to the bot in a private chat, the link from the
   * bot's answer opened in the browser, Continue pressed. Returns on the console's home page. A group admin must have
   * been seen in their group first ({@link #awaitSeenInAGroup}).
   */
  public void signInWithLink(FakeUser user) {
    driver.get(LoginLinks.request(api, user, WAIT));
    await(By.id("continue")).click();
    awaitPath("/");
  }

  /** Signs in on the login page with a password, as {@code role} ("owner" or "operator"). */
  public void signInWithPassword(String role, String password) {
    open("/login");
    new org.openqa.selenium.support.ui.Select(await(By.id("role"))).selectByValue(role);
    driver.findElement(By.id("password")).sendKeys(password);
    driver.findElement(By.cssSelector("form[action='/login/password'] button[type=submit]")).click();
  }

  /** Waits until the bot's batched tracking has recorded {@code users} in a group (needed before their login). */
  public void awaitSeenInAGroup(FakeUser... users) throws InterruptedException {
    Tracked.awaitInAGroup(db, WAIT, users);
  }

  /** Saves what the browser shows as {@code app/target/screenshots/<TestClass>-<name>.png} and returns the file. */
  public Path screenshot(String name) {
    Path dir = targetDir().resolve("screenshots");
    Path file = dir.resolve(testClass + "-" + name + ".png");
    try {
      Files.createDirectories(dir);
      Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), file,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }
}
