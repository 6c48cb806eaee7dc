package podium.validate;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import podium.diagnostic.Problems;
import podium.load.BrandDoc;
import podium.load.EditionDoc;
import podium.load.ImageFile;
import podium.load.Parsed;
import podium.load.SiteDoc;
import podium.load.StaticFile;
import podium.model.Brand;
import podium.model.Localized;
import podium.model.Photo;
import podium.rules.Contrast;

/**
 * Checks a {@code brand:} block: colours written {@code #rrggbb} that keep WCAG 2.2 AA contrast wherever the
 * stylesheets use them, in the light and the dark scheme; a logo and hero image checked like photos; a font
 * shipped in {@code assets/fonts/}. What an edition leaves out comes from {@code site.yaml}'s brand.
 */
final class BrandValidator {
  static final String FONTS = "fonts/";
  /** The page colours the stylesheets put next to the brand's (site.css's --paper, --ink, --accent-ink). */
  static final String WHITE = Brand.ON_PRIMARY;
  static final String INK = Brand.ON_ACCENT;
  static final String DARK_PAGE = "#14171c"; // site.css's --paper in the dark scheme

  /** A pair the pages show: the brand colour used, the colour next to it, and where they meet. */
  private record Pair(String key, String other, String otherName, String where, String fix) {}

  private static final List<Pair> PAIRS = List.of(
      new Pair("primary", WHITE, "white text", "header, buttons and links, light and dark", "a darker primary colour"),
      new Pair("accent", INK, "dark text", "calls to action, light and dark", "a lighter accent colour"),
      new Pair("accent", DARK_PAGE, "the dark page", "links in the dark scheme", "a lighter accent colour"));

  private BrandValidator() {}

  /** The site's default brand, from {@code site.yaml}; logos and hero images belong to editions. */
  static Brand site(Parsed<SiteDoc> parsed, Set<String> fonts, Problems problems) {
    BrandDoc doc = parsed == null || parsed.value() == null ? null : parsed.value().brand();
    if (doc == null) {
      return Brand.DEFAULT;
    }
    FileChecks checks = new FileChecks(parsed, problems);
    for (String key : List.of("logo", "hero")) {
      if (("logo".equals(key) ? doc.logo() : doc.hero()) != null) {
        checks.errorAtKey("/brand/" + key, "a " + key + " belongs to an edition, not to site.yaml",
            "move it to the brand of data/<edition>/edition.yaml");
      }
    }
    return new Brand(colour(checks, "primary", doc.primary(), Brand.DEFAULT.primary()),
        colour(checks, "accent", doc.accent(), Brand.DEFAULT.accent()), null, null,
        font(checks, doc.font(), null, fonts));
  }

  /** An edition's brand, its gaps filled from {@code defaults}. */
  static Brand edition(Parsed<EditionDoc> parsed, Brand defaults, List<String> languages, String folder,
      Map<String, ImageFile> images, Set<String> fonts, Problems problems) {
    BrandDoc doc = parsed.value().brand();
    if (doc == null) {
      return defaults;
    }
    FileChecks checks = new FileChecks(parsed, problems);
    return new Brand(colour(checks, "primary", doc.primary(), defaults.primary()),
        colour(checks, "accent", doc.accent(), defaults.accent()),
        image(checks, "logo", doc.logo(), doc.logoAlt(), languages, folder, images),
        image(checks, "hero", doc.hero(), doc.heroAlt(), languages, folder, images),
        font(checks, doc.font(), defaults.font(), fonts));
  }

  /** The fonts shipped with the project: {@code assets/fonts/<name>.woff2}. */
  static Set<String> fonts(List<StaticFile> files) {
    Set<String> names = new TreeSet<>();
    for (StaticFile file : files) {
      String path = file.relative();
      if (file.edition() == null && path.startsWith(FONTS) && path.endsWith(".woff2")
          && path.indexOf('/', FONTS.length()) < 0) {
        names.add(path.substring(FONTS.length(), path.length() - ".woff2".length()));
      }
    }
    return names;
  }

  private static String colour(FileChecks checks, String key, String written, String fallback) {
    if (written == null) {
      return fallback;
    }
    String pointer = "/brand/" + key;
    if (!Contrast.isColour(written.strip())) {
      checks.error(pointer, "invalid colour '" + written + "' for brand " + key, "write it as #rrggbb, such as #0b5cad");
      return fallback;
    }
    String colour = written.strip().toLowerCase(java.util.Locale.ROOT);
    for (Pair pair : PAIRS) {
      double ratio = Contrast.ratio(colour, pair.other());
      if (pair.key().equals(key) && ratio < Contrast.TEXT) {
        checks.error(pointer, "brand " + key + " " + colour + " and " + pair.otherName() + " " + pair.other()
            + " have a contrast ratio of " + Contrast.quoted(ratio) + ", below the " + Contrast.quoted(Contrast.TEXT)
            + " WCAG 2.2 AA requires (" + pair.where() + ")", "choose " + pair.fix());
      }
    }
    return colour;
  }

  private static Photo image(FileChecks checks, String key, String path, Localized alt, List<String> languages,
      String folder, Map<String, ImageFile> images) {
    Localized text = checks.localized("/brand/" + key + "_alt", alt, languages);
    if (path == null || path.isBlank()) {
      if (!text.isEmpty()) {
        checks.error("/brand/" + key + "_alt", "'" + key + "_alt' without a '" + key + "'",
            "add the " + key + ", or remove its text");
      }
      return null;
    }
    if ("logo".equals(key) && text.isEmpty()) {
      checks.errorAtKey("/brand/logo", "the logo needs a 'logo_alt' text",
          "say what the logo shows, such as the edition's name, in each language");
    }
    return ImageChecks.image(checks, "/brand/" + key, "logo".equals(key) ? "logo" : "hero image", path, text,
        folder, images);
  }

  private static String font(FileChecks checks, String written, String fallback, Set<String> fonts) {
    if (written == null) {
      return fallback;
    }
    if (!fonts.contains(written)) {
      checks.error("/brand/font", "unknown font '" + written + "'", fonts.isEmpty()
          ? "no font is shipped: add assets/fonts/" + written + ".woff2 (a font you may publish)"
          : "shipped fonts: " + String.join(", ", fonts) + " (assets/fonts/<name>.woff2)");
      return fallback;
    }
    return written;
  }
}
