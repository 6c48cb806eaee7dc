package podium.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import podium.Minimal;
import podium.RequiredTool;
import podium.TestSite;
import podium.photos.Images;

/**
 * Pages with speakers' photos (the sample editions have none) under axe and the strict CSP: the photos load,
 * and decorative thumbnails inside name links or a described photo raise no violation.
 */
class PhotoAccessibilityTest {
  @TempDir
  Path folder;

  @Test
  void pagesWithPhotosLoadThemAndHaveNoAxeViolation() throws Exception {
    Path axe = Path.of("node_modules/axe-core/axe.min.js");
    RequiredTool.require("axe-core (" + axe + ")", Files.isRegularFile(axe), "npm ci");
    TestSite project = TestSite.write(folder, Minimal.ALL);
    project.add(Minimal.SPEAKERS + "  photo: photos/ada.png\n  photo_alt: {en: Ada at the 2029 award ceremony}\n");
    project.writeBytes("data/demo/photos/ada.png", Images.png(40, 60));
    assertThat(project.build().exitCode()).isZero();
    ServedSite site = ServedSite.of(project.output());
    Browser browser = Browser.open(1280, 900);
    try {
      List<String> violations = new ArrayList<>();
      for (String path : List.of("demo/en/speakers/ada/", "demo/fr/intervenants/ada/", "demo/en/speakers/",
          "demo/fr/sessions/opening/")) {
        browser.go(site.url(path));
        // served under the strict CSP (img-src 'self'), lazy thumbnails in view included
        browser.waitFor(() -> Boolean.TRUE.equals(browser.js("return document.images.length === 1"
            + " && document.images[0].complete && document.images[0].naturalWidth === 40;")));
        violations.addAll(AccessibilityTest.axe(browser, Files.readString(axe), path));
      }
      assertThat(violations).isEmpty();
      assertThat(browser.consoleErrors()).isEmpty();
    } finally {
      browser.close();
      site.stop();
    }
  }
}
