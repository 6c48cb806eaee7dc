package podium.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import podium.RequiredTool;

/**
 * Each sample edition's home page wears its own brand: screenshots at phone and desktop width in
 * target/screenshots/home-<edition>-<width>.png (linked from the README), and axe-core finds no violation on
 * the home, speakers wall and partners pages of every edition, at both widths, in the light and dark schemes.
 */
class HomePagesTest {
  static final List<String> EDITIONS = List.of("ecc-2024", "ecc-2020", "ecd-2015", "go-cluster-2015", "prit-2010");
  private static final Path AXE = Path.of("node_modules/axe-core/axe.min.js");
  private Browser browser;

  @AfterEach
  void close() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void everyEditionsHomeLooksItsOwnAndNewPagesHaveNoAxeViolationAtEitherWidthOrScheme() throws IOException {
    RequiredTool.require("axe-core (" + AXE + ")", Files.isRegularFile(AXE), "npm ci");
    String axe = Files.readString(AXE);
    ServedSite site = ServedSite.get();
    List<String> violations = new ArrayList<>();
    List<String> primaries = new ArrayList<>();
    for (int width : new int[] {360, 1280}) {
      browser = Browser.open(width, 900);
      for (String scheme : List.of("light", "dark")) {
        browser.driver.executeCdpCommand("Emulation.setEmulatedMedia",
            Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
        for (String edition : EDITIONS) {
          browser.go(site.url(edition + "/en/"));
          assertThat((Long) browser.js("return document.documentElement.scrollWidth")).as(edition)
              .isLessThanOrEqualTo(width);
          if (scheme.equals("light")) {
            browser.screenshot("home-" + edition + "-" + width);
            primaries.add((String) browser.js("return getComputedStyle(document.querySelector('.hero'))"
                + ".backgroundColor"));
          }
          violations.addAll(AccessibilityTest.axe(browser, axe, edition + " " + width + " " + scheme));
          for (String page : List.of("speakers/", "partners/")) {
            if (browser.all("nav.main-nav a[href$='" + page + "']").size() > 0) {
              browser.go(site.url(edition + "/en/" + page));
              violations.addAll(AccessibilityTest.axe(browser, axe, edition + "/" + page + " " + width + " " + scheme));
            }
          }
        }
      }
      browser.close();
      browser = null;
    }
    assertThat(violations).isEmpty();
    // five visibly different sites: five different hero colours at each width
    assertThat(primaries.subList(0, 5)).doesNotHaveDuplicates();
  }
}
