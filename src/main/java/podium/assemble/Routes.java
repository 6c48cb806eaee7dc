package podium.assemble;

import java.time.LocalDate;
import java.util.Map;
import podium.model.Edition;
import podium.model.Messages;
import podium.model.Page;
import podium.model.PageVersion;

/**
 * The URL of every page of an edition, per language. Section names are localized through the interface
 * strings ({@code slug_programme}: {@code programm} in German), page slugs come from each page's front matter.
 * All URLs are folders relative to the output root.
 */
final class Routes {
  private final Edition edition;
  private final Messages messages;

  Routes(Edition edition, Messages messages) {
    this.edition = edition;
    this.messages = messages;
  }

  String picker() {
    return edition.id() + "/";
  }

  String home(String language) {
    return edition.id() + "/" + language + "/";
  }

  String programme(String language) {
    return home(language) + section(language, "slug_programme");
  }

  String day(String language, LocalDate date) {
    return programme(language) + date + "/";
  }

  String session(String language, String id) {
    return home(language) + section(language, "slug_sessions") + id + "/";
  }

  String speakers(String language) {
    return home(language) + section(language, "slug_speakers");
  }

  String speaker(String language, String id) {
    return speakers(language) + id + "/";
  }

  /** A Markdown page in {@code language}; a missing translation keeps the URL of the version it falls back to. */
  String page(String language, Page page, PageVersion shown) {
    if (page.id().equals(Page.HOME)) {
      return home(language);
    }
    int slash = page.id().lastIndexOf('/');
    String folders = slash < 0 ? "" : page.id().substring(0, slash + 1);
    return home(language) + folders + shown.slug() + "/";
  }

  String assets() {
    return edition.id() + "/assets/";
  }

  private String section(String language, String key) {
    Map<String, String> strings = messages.of(language);
    return strings.getOrDefault(key, key.substring("slug_".length())) + "/";
  }
}
