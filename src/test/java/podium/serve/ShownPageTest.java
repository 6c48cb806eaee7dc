package podium.serve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The page a preview tab says it shows (reload.js sends {@code location.pathname}, URI-encoded) is only ever a
 * key to look a page up by; whatever a request claims, it never becomes a path outside the site.
 */
class ShownPageTest {
  @Test
  void theTabsPathNamesTheFileItShows() {
    assertThat(PreviewServer.shownPage("page=%2Fecc-2024%2Fen%2Fprogramme%2F"))
        .isEqualTo("ecc-2024/en/programme/index.html");
    assertThat(PreviewServer.shownPage("page=/ecc-2024/en/programme/")).isEqualTo("ecc-2024/en/programme/index.html");
    assertThat(PreviewServer.shownPage("page=%2F")).isEqualTo("index.html");
    assertThat(PreviewServer.shownPage("page=%2Fecc-2024%2Fen%2F404.html")).isEqualTo("ecc-2024/en/404.html");
    assertThat(PreviewServer.shownPage("page=%2Fdemo%2Ffr%2Fs%25C3%25A9ances%2F")).isEqualTo("demo/fr/séances/index.html");
  }

  @Test
  void anythingElseIsNoPage() {
    assertThat(PreviewServer.shownPage(null)).isNull();
    assertThat(PreviewServer.shownPage("")).isNull();
    assertThat(PreviewServer.shownPage("view=list")).isNull();
    assertThat(PreviewServer.shownPage("page=%2Fa%2F&page=%2Fb%2F")).isNull();
    assertThat(PreviewServer.shownPage("page=ecc-2024%2Fen%2F")).isNull();                 // not rooted
    assertThat(PreviewServer.shownPage("page=%2F..%2F..%2Fetc%2Fpasswd")).isNull();        // traversal
    assertThat(PreviewServer.shownPage("page=%2Fa%2F.%2Fb")).isNull();
    assertThat(PreviewServer.shownPage("page=%2Fa%252F..%252Fb")).isNull();                // a slash encoded twice
    assertThat(PreviewServer.shownPage("page=%2Fa%255Cb")).isNull();                       // a backslash
    assertThat(PreviewServer.shownPage("page=%2Fa%250Ab")).isNull();                       // a line break
    assertThat(PreviewServer.shownPage("page=%2Fa%ZZ")).isNull();                          // not percent-encoding
  }
}
