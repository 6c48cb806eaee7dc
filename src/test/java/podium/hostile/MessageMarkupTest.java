package podium.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import podium.Minimal;
import podium.TestSite;

/**
 * Interface strings are text, also inside an ICU plural: markup a translator writes into one (by mistake or
 * not) reaches the page escaped, whether the build formats it or ships its pieces to a script.
 */
class MessageMarkupTest {
  @TempDir
  Path folder;

  @Test
  void markupInAPluralCaseIsEscapedInThePageAndInTheScriptsData() throws IOException {
    String english = Files.readString(Path.of("templates/i18n/en.yaml"))
        .replace("one {# session} other {# sessions}}\"\nspeakers_count",
            "one {# <script>alert(1)</script>session} other {# <b onmouseover=x>sessions</b>}}\"\nspeakers_count")
        .replace("\"{shown} of {total, plural,", "\"<img src=x onerror=alert(1)>{shown} of {total, plural,");
    assertThat(english).contains("<script>alert(1)</script>session").contains("<img src=x");
    TestSite site = TestSite.write(folder, Minimal.ALL).add("-- templates/i18n/en.yaml --\n" + english);
    TestSite.Run run = site.build();
    assertThat(run.exitCode()).as(run.err()).isZero();

    String home = site.file("demo/en/index.html");
    assertThat(home).contains("2 &lt;b onmouseover=x&gt;sessions&lt;/b&gt;").doesNotContain("<b onmouseover")
        .contains("1 &lt;script&gt;alert(1)&lt;/script&gt;session").doesNotContain("<script>alert");
    String programme = site.file("demo/en/programme/index.html");
    assertThat(programme).contains("data-message=\"[&quot;&lt;img src=x onerror=alert(1)&gt;&quot;,")
        .doesNotContain("<img src=x");
  }
}
