package podium.validation;

import static podium.validation.InvalidInput.assertFailed;
import static podium.validation.InvalidInput.assertProblems;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import podium.Minimal;
import podium.TestSite;

/**
 * An edition's brand: colours that would make text or controls hard to read are refused at build time, naming
 * the pair and its ratio; logos are checked like photos; fonts must be shipped. The brand block starts at line
 * 22 of the minimal edition.yaml.
 */
class BrandErrorsTest {
  @TempDir
  Path folder;

  private static String brand(String lines) {
    return Minimal.EDITION + "brand:\n" + lines;
  }

  @Test
  void aPrimaryColourTooLightForWhiteTextIsALocatedErrorWithItsRatio() {
    assertProblems(folder, brand("  primary: \"#7a9cc6\"\n"),
        "data/demo/edition.yaml:23:12: error: brand primary #7a9cc6 and white text #ffffff have a contrast ratio of "
            + "2.83:1, below the 4.50:1 WCAG 2.2 AA requires (header, buttons and links, light and dark) "
            + "(choose a darker primary colour)");
  }

  @Test
  void anAccentTooDarkFailsBothForItsLabelAndAsALinkOnTheDarkPage() {
    assertProblems(folder, brand("  accent: \"#5a4a9c\"\n"),
        "data/demo/edition.yaml:23:11: error: brand accent #5a4a9c and dark text #1b1f24 have a contrast ratio of "
            + "2.28:1, below the 4.50:1 WCAG 2.2 AA requires (calls to action, light and dark) "
            + "(choose a lighter accent colour)",
        "data/demo/edition.yaml:23:11: error: brand accent #5a4a9c and the dark page #14171c have a contrast ratio of "
            + "2.47:1, below the 4.50:1 WCAG 2.2 AA requires (links in the dark scheme) "
            + "(choose a lighter accent colour)");
  }

  @Test
  void aRatioJustShortOfTheThresholdIsNotRoundedUpToIt() {
    // #767676 on white is 4.54:1 (passes); #777777 is 4.47:1 (fails)
    assertProblems(folder, brand("  primary: \"#777777\"\n"),
        "data/demo/edition.yaml:23:12: error: brand primary #777777 and white text #ffffff have a contrast ratio of "
            + "4.47:1, below the 4.50:1 WCAG 2.2 AA requires (header, buttons and links, light and dark) "
            + "(choose a darker primary colour)");
  }

  @Test
  void aColourNotWrittenAsHexIsRefused() {
    assertProblems(folder, brand("  primary: red\n"),
        "data/demo/edition.yaml:23:12: error: invalid colour 'red' for brand primary (write it as #rrggbb, such as "
            + "#0b5cad)");
  }

  @Test
  void theSiteDefaultsAreCheckedInSiteYaml() {
    assertProblems(folder, "-- site.yaml --\nbrand:\n  primary: \"#cccccc\"\n  logo: x.svg\n",
        "site.yaml:2:12: error: brand primary #cccccc and white text #ffffff have a contrast ratio of 1.60:1, below "
            + "the 4.50:1 WCAG 2.2 AA requires (header, buttons and links, light and dark) (choose a darker primary "
            + "colour)",
        "site.yaml:3:3: error: a logo belongs to an edition, not to site.yaml (move it to the brand of "
            + "data/<edition>/edition.yaml)");
  }

  @Test
  void anUnknownFontNamesTheShippedOnes() {
    assertProblems(folder, brand("  font: comic-sans\n"),
        "data/demo/edition.yaml:23:9: error: unknown font 'comic-sans' (shipped fonts: atkinson-hyperlegible-next, "
            + "bitter (assets/fonts/<name>.woff2))");
  }

  @Test
  void aLogoPathLeavingTheDataFolderIsRefused() {
    assertProblems(folder, brand("  logo: ../other/logo.svg\n  logo_alt: {en: Logo}\n"),
        "data/demo/edition.yaml:23:9: error: unsafe logo path '../other/logo.svg' (write a path inside the "
            + "edition's data folder, such as photos/jane-doe.jpg, without '..' or a leading '/')");
  }

  @Test
  void anSvgLogoThatCouldRunScriptIsRefused() {
    TestSite site = InvalidInput.site(folder, brand("  logo: brand/logo.svg\n  logo_alt: {en: Logo}\n"));
    site.writeBytes("data/demo/brand/logo.svg", ("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 9 9\">"
        + "<script>alert(1)</script></svg>").getBytes(StandardCharsets.UTF_8));
    assertFailed(site.build(), "data/demo/edition.yaml:23:9: error: logo 'brand/logo.svg' cannot be published: its "
        + "<script> element at line 1 is not allowed (remove it, or save the logo as PNG)");
  }

  @Test
  void aLogoNeedsItsText() {
    TestSite site = InvalidInput.site(folder, brand("  logo: brand/logo.svg\n"));
    site.writeBytes("data/demo/brand/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 9 9\"/>"
        .getBytes(StandardCharsets.UTF_8));
    assertFailed(site.build(), "data/demo/edition.yaml:23:3: error: the logo needs a 'logo_alt' text (say what the "
        + "logo shows, such as the edition's name, in each language)");
  }
}
