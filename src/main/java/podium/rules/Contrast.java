package podium.rules;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * WCAG 2.2 contrast: the ratio of two sRGB colours' relative luminances, (L1 + 0.05) / (L2 + 0.05), as success
 * criteria 1.4.3 (text, 4.5:1) and 1.4.11 (controls, 3:1) define it. Colours are written {@code #rrggbb}.
 */
public final class Contrast {
  /** What WCAG 2.2 AA asks of normal-size text against its background. */
  public static final double TEXT = 4.5;
  private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");

  private Contrast() {}

  /** True for a colour written {@code #rrggbb}. */
  public static boolean isColour(String text) {
    return text != null && HEX.matcher(text).matches();
  }

  /** The contrast ratio of two {@code #rrggbb} colours, from 1 (the same) to 21 (black on white). */
  public static double ratio(String one, String other) {
    double a = luminance(one);
    double b = luminance(other);
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  }

  /**
   * The ratio as people quote it, rounded down to two decimals, so that a colour just short of 4.5:1 never
   * reads as "4.50:1".
   */
  public static String quoted(double ratio) {
    return String.format(Locale.ROOT, "%.2f:1", Math.floor(ratio * 100) / 100);
  }

  /** {@code colour} mixed with black: {@code share} 0 keeps it, 1 gives black. */
  public static String darker(String colour, double share) {
    StringBuilder out = new StringBuilder("#");
    for (int i = 0; i < 3; i++) {
      int channel = Integer.parseInt(colour.substring(1 + 2 * i, 3 + 2 * i), 16);
      out.append(String.format(Locale.ROOT, "%02x", Math.round(channel * (1 - share))));
    }
    return out.toString();
  }

  private static double luminance(String colour) {
    double r = linear(Integer.parseInt(colour.substring(1, 3), 16));
    double g = linear(Integer.parseInt(colour.substring(3, 5), 16));
    double b = linear(Integer.parseInt(colour.substring(5, 7), 16));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  }

  private static double linear(int channel) {
    double c = channel / 255.0;
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }
}
