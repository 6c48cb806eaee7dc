package podium.model;

import java.util.Locale;

/** The image formats every current browser shows, with the file name endings editors use for them. */
public enum ImageFormat {
  JPEG("jpg", "JPEG", "jpg", "jpeg"),
  PNG("png", "PNG", "png"),
  WEBP("webp", "WebP", "webp"),
  AVIF("avif", "AVIF", "avif"),
  SVG("svg", "SVG", "svg");

  /** What {@code photo} names may end with, for messages. */
  public static final String ALL = "JPEG, PNG, WebP, AVIF or SVG";

  private final String extension;
  private final String label;
  private final String[] endings;

  ImageFormat(String extension, String label, String... endings) {
    this.extension = extension;
    this.label = label;
    this.endings = endings;
  }

  /** The ending of published files, whatever the editor's file was called ({@code .jpeg} becomes {@code .jpg}). */
  public String extension() {
    return extension;
  }

  public String label() {
    return label;
  }

  /** "a JPEG", "an SVG": the name as a message says it. */
  public String withArticle() {
    return ("AS".indexOf(label.charAt(0)) >= 0 ? "an " : "a ") + label;
  }

  /** The format a file name's ending announces, or null. */
  public static ImageFormat byName(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    for (ImageFormat format : values()) {
      for (String ending : format.endings) {
        if (lower.endsWith("." + ending)) {
          return format;
        }
      }
    }
    return null;
  }
}
