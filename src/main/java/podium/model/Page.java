package podium.model;

import java.util.Map;

/**
 * A Markdown page of an edition, identified across languages by its file name ({@code id}), so each
 * language may give it its own slug. {@code versions} is keyed by language.
 */
public record Page(String id, Map<String, PageVersion> versions) {
  public static final String HOME = "index";
}
