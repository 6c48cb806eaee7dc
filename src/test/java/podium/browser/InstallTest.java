package podium.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The programme installs on a phone: Chromium reads the web app manifest without error and finds it installable. */
class InstallTest {
  private Browser browser;

  @AfterEach
  void close() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void everyLanguageOfAnEditionHasAValidInstallableManifest() {
    ServedSite site = ServedSite.get();
    browser = Browser.open(1280, 900);
    for (String language : List.of("fr", "en", "de")) {
      browser.go(site.url("ecd-2015/" + language + "/"));
      Map<String, Object> manifest = browser.driver.executeCdpCommand("Page.getAppManifest", Map.of());
      assertThat((String) manifest.get("url")).endsWith("/ecd-2015/" + language + "/manifest.webmanifest");
      assertThat((List<Object>) manifest.get("errors")).as(language).isEmpty();
      assertThat((String) manifest.get("data")).contains("\"lang\": \"" + language + "\"");
      Map<String, Object> installability = browser.driver.executeCdpCommand("Page.getInstallabilityErrors",
          Map.of());
      assertThat((List<Object>) installability.get("installabilityErrors")).as(language).isEmpty();
    }
    assertThat(browser.consoleErrors()).isEmpty();
  }
}
