package podium.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import podium.model.Markdown;

/**
 * The renderer's own guard, for Markdown that reaches it unvalidated (the preview's quick path): a refused
 * address never becomes an {@code href} or {@code src}, an allowed one is written as flexmark writes it.
 */
class SafeAddressesTest {
  private final MarkdownConverter converter = new MarkdownConverter();

  private String html(String markdown) {
    return converter.convert(new Markdown("content/demo/en/about.md", markdown, 1)).html();
  }

  @Test
  void refusedAddressesLoseTheirAttribute() {
    assertThat(html("[a](JAVASCRIPT:alert(1))")).isEqualTo("<p><a>a</a></p>\n");
    assertThat(html("[a](javascript&colon;alert(1))")).isEqualTo("<p><a>a</a></p>\n");
    assertThat(html("[a](java&Tab;script:alert(1))")).isEqualTo("<p><a>a</a></p>\n");
    assertThat(html("![i](data:image/svg+xml,x)")).isEqualTo("<p><img alt=\"i\" /></p>\n");
    assertThat(html("<VBSCRIPT:x>")).isEqualTo("<p><a>VBSCRIPT:x</a></p>\n");
    assertThat(html("[r]\n\n[r]: JAVASCRIPT:alert(1)\n")).isEqualTo("<p><a>r</a></p>\n");
  }

  @Test
  void allowedAddressesAreWrittenAsTheyAre() {
    assertThat(html("[a](HTTPS://example.org/) [b](mailto:a@example.org) [c](../x/#y) [d](?q=1)"))
        .isEqualTo("<p><a href=\"HTTPS://example.org/\">a</a> <a href=\"mailto:a@example.org\">b</a> "
            + "<a href=\"../x/#y\">c</a> <a href=\"?q=1\">d</a></p>\n");
  }
}
