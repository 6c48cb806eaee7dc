package podium.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** Every control of a day works from the keyboard, and the focused one is clearly outlined. */
class KeyboardTest {
  private static Browser browser;

  @BeforeAll
  static void open() {
    browser = Browser.open(1280, 900);
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.close();
    }
  }

  private WebElement focused() {
    return browser.driver.switchTo().activeElement();
  }

  private void tab() {
    new Actions(browser.driver).sendKeys(Keys.TAB).perform();
  }

  @Test
  void tabReachesSkipLinkFiltersAndStarsWithAVisibleFocusAndKeysOperateThem() {
    browser.go(ServedSite.get().url("ecd-2015/en/programme/2015-03-18/?tools=1"));
    browser.js("localStorage.clear()");
    browser.go(browser.driver.getCurrentUrl());

    tab();
    assertThat(focused().getDomAttribute("class")).isEqualTo("skip-link");
    assertThat(focused().isDisplayed()).isTrue();

    List<String> reached = new ArrayList<>();
    for (int i = 0; i < 60 && !"star".equals(focused().getDomAttribute("class")); i++) {
      tab();
      WebElement element = focused();
      reached.add(element.getTagName() + "#" + element.getDomAttribute("id"));
      assertThat(outline(element)).as("focus ring of " + reached.get(reached.size() - 1)).isGreaterThanOrEqualTo(2);
    }
    assertThat(reached).contains("summary#null", "input#f-q", "select#f-track", "select#f-room", "input#f-mine");
    WebElement star = focused();
    assertThat(star.getDomAttribute("class")).isEqualTo("star");

    new Actions(browser.driver).sendKeys(Keys.SPACE).perform();
    assertThat(star.getDomAttribute("aria-pressed")).isEqualTo("true");
    new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
    assertThat(star.getDomAttribute("aria-pressed")).isEqualTo("false");

    browser.js("scrollTo(0, 0)"); // the field is under the sticky day switcher now
    browser.find("#f-q").click();
    new Actions(browser.driver).sendKeys("danish").perform();
    assertThat(browser.visible("main .session")).isEqualTo(1);
  }

  /** The width in CSS pixels of the element's focus outline (0 when none is drawn). */
  private static double outline(WebElement element) {
    Object width = browser.js("var s = getComputedStyle(arguments[0]);"
        + "return s.outlineStyle === 'none' ? 0 : parseFloat(s.outlineWidth);", element);
    return ((Number) width).doubleValue();
  }
}
