package podium.model;

/**
 * How an edition looks: its primary colour (header, buttons, links on the light page), its accent colour
 * (calls to action, links on the dark page), both {@code #rrggbb} and checked for contrast; an optional logo
 * and hero image (checked like photos; their {@code alt} texts may be empty) and an optional shipped font
 * (null: the system's sans-serif).
 */
public record Brand(String primary, String accent, Photo logo, Photo hero, String font) {
  /** The colours of the pages before any brand was set. */
  public static final Brand DEFAULT = new Brand("#0b5cad", "#f2b705", null, null, null);
  /** The text drawn on the primary colour (header, buttons, share images): the validator keeps it AA. */
  public static final String ON_PRIMARY = "#ffffff";
  /** The text drawn on the accent colour (calls to action, share images' band): the validator keeps it AA. */
  public static final String ON_ACCENT = "#1b1f24";
}
