package podium;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An edition's brand reaches every page through a generated stylesheet of custom properties (never an inline
 * style), its logo is published and shown in the header and on paper, and a shipped font is published only
 * for the editions that chose it; the hero image is on the home page. Editions without a brand wear the site's defaults.
 */
class BrandPagesTest {
  private static final Pattern SHEET = Pattern.compile("href=\"\\.\\./assets/(css/brand\\.[0-9a-f]{10}\\.css)\"");

  @TempDir
  Path folder;

  @Test
  void theBrandReachesEveryPageAsAStylesheetTheLogoAndTheFont() {
    TestSite site = TestSite.write(folder, Minimal.SPEAKERS + Minimal.SESSIONS + Minimal.PAGES + Minimal.EDITION + "brand:\n  primary: \"#8c1c3a\"\n  font: bitter\n"
        + "  logo: brand/logo.svg\n  logo_alt: {en: A hemicycle, fr: Un hémicycle}\n"
        + "  hero: brand/hero.jpg\n  hero_alt: {en: The plenary hall}\n"
        + "-- data/plain/edition.yaml --\nname: Plain 2031\nstart: 2031-01-01\nend: 2031-01-01\n"
        + "timezone: Europe/Paris\nonline: true\nlanguages: [en]\ndefault_language: en\n"
        + "rooms:\n  - id: r\n    name: R\n"
        + "-- site.yaml --\nbrand:\n  accent: \"#5ee0c4\"\n");
    site.writeBytes("data/demo/brand/logo.svg", ("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"48\" height=\"48\""
        + " viewBox=\"0 0 48 48\"><circle cx=\"24\" cy=\"24\" r=\"20\" fill=\"#8c1c3a\"/></svg>")
        .getBytes(StandardCharsets.UTF_8));
    site.writeBytes("data/demo/brand/hero.jpg", podium.photos.Images.jpeg(64, 32));
    TestSite.Run run = site.build();
    assertThat(run.exitCode()).as(run.err()).isZero();

    String home = site.file("demo/en/index.html");
    Matcher sheet = SHEET.matcher(home);
    assertThat(sheet.find()).as(home).isTrue();
    String css = site.file("demo/assets/" + sheet.group(1));
    assertThat(css).contains("--brand-primary: #8c1c3a;", "--brand-accent: #5ee0c4;", "--accent: var(--brand-primary);",
        "font-family: \"bitter\"", "url(\"../fonts/bitter.");
    assertThat(site.file("demo/fr/programme/index.html")).contains("../../assets/" + sheet.group(1));
    assertThat(home).containsPattern("<a class=\"brand\" href=\"./\"><img class=\"brand-logo\" "
        + "src=\"../assets/brand/logo\\.[0-9a-f]{10}\\.svg\" alt=\"\" width=\"48\" height=\"48\">Demo Congress 2030</a>");
    // the hero image on the home page only, with its text (here the default language's, marked as such)
    assertThat(site.file("demo/fr/index.html")).containsPattern("<img class=\"hero-image\" "
        + "src=\"\\.\\./assets/brand/hero\\.[0-9a-f]{10}\\.jpg\" alt=\"The plenary hall\" lang=\"en\" width=\"64\" "
        + "height=\"32\" decoding=\"async\">");
    assertThat(site.file("demo/en/programme/index.html")).doesNotContain("hero-image");
    assertThat(home).contains("<p class=\"print-brand\">").containsPattern("<link rel=\"preload\" "
        + "href=\"\\.\\./assets/fonts/bitter\\.[0-9a-f]{10}\\.woff2\" as=\"font\" type=\"font/woff2\" crossorigin>");
    assertThat(site.outputFiles()).anyMatch(path -> path.matches("demo/assets/fonts/bitter\\.[0-9a-f]{10}\\.woff2"))
        .anyMatch(path -> path.matches("demo/assets/fonts/bitter\\.OFL\\.[0-9a-f]{10}\\.txt"))
        .noneMatch(path -> path.startsWith("demo/assets/fonts/atkinson"))
        .noneMatch(path -> path.startsWith("plain/assets/fonts/"));

    // the edition without a brand wears the site's: default primary, the site's accent, no font
    Matcher plain = SHEET.matcher(site.file("plain/en/index.html"));
    assertThat(plain.find()).isTrue();
    assertThat(site.file("plain/assets/" + plain.group(1))).contains("--brand-primary: #0b5cad;",
        "--brand-accent: #5ee0c4;").doesNotContain("@font-face");
    assertThat(SiteLinks.inlineCode(site.output())).isEmpty();
    assertThat(SiteLinks.broken(site.output())).isEmpty();
  }
}
