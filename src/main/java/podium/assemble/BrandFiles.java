package podium.assemble;

import java.util.ArrayList;
import java.util.List;
import podium.model.Brand;
import podium.model.Edition;
import podium.model.Photo;
import podium.rules.ContentHash;

/**
 * What a brand publishes: a small stylesheet of CSS custom properties per edition (and one for the editions
 * index), so that no page needs an inline style under the Content-Security-Policy; the logo and hero image in
 * the edition's {@code assets/brand/}; the chosen font. Names carry the content hash, so hosts may cache them
 * forever. The stylesheets set {@code --brand-*} properties and point site.css's {@code --accent} at the brand.
 */
public final class BrandFiles {
  static final String FOLDER = "brand/";

  private BrandFiles() {}

  /** The stylesheet text of {@code brand}; {@code fingerprints} names the shared font file. */
  static String stylesheet(Brand brand, Fingerprints fingerprints) {
    StringBuilder css = new StringBuilder(
        "/* Written by Podium from the brand in edition.yaml and site.yaml: edit those, not this file. */\n");
    if (brand.font() != null) {
      // optional, not swap: a late font must not move the text readers have started on (no layout shift)
      css.append("@font-face { font-family: \"").append(brand.font()).append("\"; src: url(\"../")
          .append(fingerprints.of(fontPath(brand.font()))).append("\") format(\"woff2\"); font-weight: 100 900;"
              + " font-display: optional; }\n");
    }
    css.append(":root {\n")
        .append("  --brand-primary: ").append(brand.primary()).append(";\n")
        .append("  --brand-primary-dark: ").append(podium.rules.Contrast.darker(brand.primary(), 0.2)).append(";\n")
        .append("  --brand-on-primary: ").append(Brand.ON_PRIMARY).append(";\n")
        .append("  --brand-accent: ").append(brand.accent()).append(";\n")
        .append("  --brand-on-accent: ").append(Brand.ON_ACCENT).append(";\n")
        .append("  --brand-link: var(--brand-primary);\n")
        // for links on a dark page: a dark scheme sets --brand-link to it (checked against BrandValidator's page)
        .append("  --brand-link-dark: var(--brand-accent);\n")
        .append("  --brand-font: ").append(brand.font() == null ? "" : "\"" + brand.font() + "\", ")
        .append("system-ui, -apple-system, \"Segoe UI\", Roboto, sans-serif;\n")
        .append("  --accent: var(--brand-primary);\n")
        .append("  --accent-dark: var(--brand-primary-dark);\n")
        .append("}\n")
        // site.css's dark scheme draws links, the header and buttons in one light accent with dark text on it:
        // the brand's accent, checked against the dark page and against the dark text (BrandValidator)
        .append("@media (prefers-color-scheme: dark) {\n  :root {\n")
        .append("    --brand-link: var(--brand-link-dark);\n")
        .append("    --accent: var(--brand-accent);\n")
        .append("    --accent-dark: var(--brand-accent);\n")
        .append("    --accent-ink: var(--brand-on-accent);\n")
        .append("  }\n}\n")
        .append("body { font-family: var(--brand-font); }\n");
    return css.toString();
  }

  /** The stylesheet's path below an {@code assets/} folder: {@code css/brand.3f9a1c2b07.css}. */
  static String stylesheetPath(String css) {
    return "css/brand." + ContentHash.of(css) + ".css";
  }

  /** A font's file below {@code assets/}. */
  static String fontPath(String font) {
    return "fonts/" + font + ".woff2";
  }

  /** The stylesheet of each edition, and the site's for the editions index. */
  public static List<Stylesheet> stylesheets(SiteModel model) {
    List<Stylesheet> files = new ArrayList<>();
    if (model.whole()) {
      String root = stylesheet(model.site().config().brand(), model.fingerprints());
      files.add(new Stylesheet("assets/" + stylesheetPath(root), root));
    }
    for (Routes routes : model.routes()) {
      Edition edition = routes.edition();
      String css = stylesheet(edition.brand(), model.fingerprints());
      files.add(new Stylesheet(edition.id() + "/assets/" + stylesheetPath(css), css));
    }
    return files;
  }

  /** A brand's stylesheet: its path in the output and its text. */
  public record Stylesheet(String path, String css) {}

  /** The logo and hero image of an edition, copied into its {@code assets/brand/}. */
  static List<FileCopy> copies(Edition edition) {
    List<FileCopy> copies = new ArrayList<>();
    for (String role : List.of("logo", "hero")) {
      Photo image = image(edition.brand(), role);
      if (image != null) {
        copies.add(new FileCopy(image.content(), edition.id() + "/assets/" + published(role, image)));
      }
    }
    return copies;
  }

  /** Where the edition's logo is published (a path from the output root), or null without one. */
  public static String logoPath(Edition edition) {
    Photo logo = edition.brand().logo();
    return logo == null ? null : edition.id() + "/assets/" + published("logo", logo);
  }

  /** How pages in one language show the brand; URLs are below the edition's {@code assets/}. */
  static BrandView view(Brand brand, Localizer local, Fingerprints fingerprints) {
    return new BrandView(stylesheetPath(stylesheet(brand, fingerprints)), image(brand, "logo", local),
        image(brand, "hero", local), font(brand, fingerprints));
  }

  /** The editions index's brand: the site's colours and font, no logo. */
  static BrandView rootView(Brand brand, Fingerprints fingerprints) {
    return new BrandView(stylesheetPath(stylesheet(brand, fingerprints)), null, null, font(brand, fingerprints));
  }

  private static String font(Brand brand, Fingerprints fingerprints) {
    return brand.font() == null ? null : fingerprints.of(fontPath(brand.font()));
  }

  private static BrandView.Image image(Brand brand, String role, Localizer local) {
    Photo image = image(brand, role);
    return image == null ? null : new BrandView.Image(published(role, image), image.width(), image.height(),
        local.text(image.alt()));
  }

  private static Photo image(Brand brand, String role) {
    return "logo".equals(role) ? brand.logo() : brand.hero();
  }

  private static String published(String role, Photo image) {
    return FOLDER + role + "." + image.hash() + "." + image.format().extension();
  }
}
