package io.alita.app.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the browser tests find Chromium and its driver: the Debian packages {@code chromium} and
 * {@code chromium-driver}. Without them the browser tests are skipped on a developer's machine, and fail under
 * {@code CI=true}, where a skipped browser test would hide a broken console (tools/test-browser.sh installs them for
 * {@code make test} when it can).
 */
final class Chromium {

  static final Path BROWSER = Path.of("/usr/bin/chromium");
  static final String INSTALL = "apt-get install -y chromium chromium-driver";

  private Chromium() {}

  /** The driver: the path surefire sets in {@code webdriver.chrome.driver} (the parent pom), else Debian's. */
  static Path driver() {
    return Path.of(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"));
  }

  /** Why the browser tests cannot run here, or empty when they can. */
  static Optional<String> missing() {
    List<String> absent = new ArrayList<>();
    if (!Files.isExecutable(BROWSER)) {
      absent.add(BROWSER.toString());
    }
    if (!Files.isExecutable(driver())) {
      absent.add(driver().toString());
    }
    return absent.isEmpty() ? Optional.empty()
        : Optional.of("Chromium for the browser tests is missing (" + String.join(", ", absent) + "); install it with `"
            + INSTALL + "` (as root, or with sudo)");
  }

  /** True when the run is a CI run ({@code CI=true}), where a missing browser is an error, not a skip. */
  static boolean ci() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }
}
