package podium.assemble;

/**
 * An edition's brand as pages show it: its stylesheet and optional logo and hero image, as paths below the
 * edition's {@code assets/} (templates write {@code href(page.assets + path)}), with their size in pixels
 * (0 × 0 for an SVG without one) and text alternative in the page's language (empty: decorative); {@code font}
 * is the chosen font's file below {@code assets/} (null without one), which pages preload.
 */
public record BrandView(String stylesheet, Image logo, Image hero, String font) {

  /** A published image. */
  public record Image(String url, int width, int height, Text alt) {}
}
