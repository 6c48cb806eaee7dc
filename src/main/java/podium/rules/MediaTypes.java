package podium.rules;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Content types for the files a site holds; browsers refuse scripts and styles served as anything else. The
 * one table: the preview server uses it, and the nginx and Apache configurations the build writes are made
 * from it.
 */
public final class MediaTypes {
  private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
      Map.entry("html", "text/html; charset=utf-8"),
      Map.entry("css", "text/css; charset=utf-8"),
      Map.entry("js", "text/javascript; charset=utf-8"),
      Map.entry("mjs", "text/javascript; charset=utf-8"),
      Map.entry("json", "application/json"),
      Map.entry("webmanifest", "application/manifest+json"),
      Map.entry("xml", "application/xml"),
      Map.entry("ics", "text/calendar; charset=utf-8"),
      Map.entry("atom", "application/atom+xml"),
      Map.entry("txt", "text/plain; charset=utf-8"),
      Map.entry("svg", "image/svg+xml"),
      Map.entry("png", "image/png"),
      Map.entry("jpg", "image/jpeg"),
      Map.entry("jpeg", "image/jpeg"),
      Map.entry("webp", "image/webp"),
      Map.entry("avif", "image/avif"),
      Map.entry("ico", "image/x-icon"),
      Map.entry("pdf", "application/pdf"),
      Map.entry("woff2", "font/woff2"),
      // files editors commonly publish beside their pages: nginx's map is replaced by this table
      Map.entry("gif", "image/gif"),
      Map.entry("woff", "font/woff"),
      Map.entry("csv", "text/csv; charset=utf-8"),
      Map.entry("mp3", "audio/mpeg"),
      Map.entry("mp4", "video/mp4"),
      Map.entry("webm", "video/webm"),
      Map.entry("zip", "application/zip"));

  private MediaTypes() {}

  /** Every extension (without the dot) and its content type, sorted by extension. */
  public static SortedMap<String, String> byExtension() {
    return new TreeMap<>(BY_EXTENSION);
  }

  public static String of(String file) {
    int dot = file.lastIndexOf('.');
    return dot < 0 ? "application/octet-stream"
        : BY_EXTENSION.getOrDefault(file.substring(dot + 1), "application/octet-stream");
  }
}
