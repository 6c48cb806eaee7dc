package podium.assemble;

import podium.model.Markdown;

/**
 * A Markdown body to render. {@code language} is set when it is not the page's language: the text is a
 * fallback from another language, and the page says so.
 */
public record Body(Markdown markdown, String language) {
  public boolean fallback() {
    return language != null;
  }
}
