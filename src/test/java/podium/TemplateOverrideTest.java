package podium;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code templates/<edition>/x.ftlh} replaces {@code templates/x.ftlh} for that edition only: an edition can
 * change one kind of page without forking the theme, and what the override imports is the shared template.
 */
class TemplateOverrideTest {
  private static final String OTHER = """
      -- data/other/edition.yaml --
      name: Other Congress 2031
      start: 2031-01-01
      end: 2031-01-01
      timezone: Europe/Paris
      online: true
      languages: [en]
      default_language: en
      rooms:
        - id: r
          name: R
      """;

  @TempDir
  Path folder;

  @Test
  void anEditionsOwnTemplateChangesThatEditionOnly() {
    TestSite site = TestSite.write(folder, Minimal.ALL + OTHER + """
        -- templates/demo/page.ftlh --
        <#import "layout.ftlh" as layout>
        <@layout.base><h1>${page.title}</h1><p class="demo-own">This edition's own page template.</p></@layout.base>
        -- templates/other/home.ftlh --
        <#import "layout.ftlh" as layout>
        <@layout.base><h1><@layout.text data.name/></h1><p class="other-home">Other's own home page.</p></@layout.base>
        """);
    TestSite.Run run = site.build();
    assertThat(run.exitCode()).as(run.err()).isZero();

    // demo: its own page template, inside the shared frame; its other pages are untouched
    assertThat(site.file("demo/en/about/index.html")).contains("<p class=\"demo-own\">")
        .contains("class=\"site-header\"");
    assertThat(site.file("demo/en/programme/index.html")).doesNotContain("demo-own");
    // other: its own home page, in the shared frame; demo's home and the editions index are untouched
    assertThat(site.file("other/en/index.html")).contains("<p class=\"other-home\">").contains("site-header");
    assertThat(site.file("demo/en/index.html")).doesNotContain("other-home");
    assertThat(site.file("other/en/programme/index.html")).doesNotContain("other-home");
    assertThat(site.file("index.html")).doesNotContain("other-home").doesNotContain("demo-own");
  }

  @Test
  void aBrokenOverrideIsReportedAtItsOwnFile() {
    TestSite site = TestSite.write(folder, Minimal.ALL + """
        -- templates/demo/page.ftlh --
        <#import "layout.ftlh" as layout>
        <@layout.base>${page.nosuch}</@layout.base>
        """);
    TestSite.Run run = site.build();
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.problems()).allMatch(line -> line.startsWith("templates/demo/page.ftlh:2:"), run.err());
  }
}
