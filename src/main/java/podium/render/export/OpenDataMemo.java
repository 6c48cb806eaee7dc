package podium.render.export;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import podium.assemble.Routes;
import podium.assemble.SiteModel;
import podium.model.Edition;
import podium.model.Messages;
import podium.render.RenderedFile;

/**
 * The preview's memory of open-data files: an edition's calendars and schedules are rendered again only when
 * the edition (records compared by value) or the interface strings changed. Not thread-safe: the preview runs
 * one build at a time.
 */
public final class OpenDataMemo {
  private final Map<String, Edition> editions = new HashMap<>();
  private final Map<String, List<RenderedFile>> files = new HashMap<>();
  private Messages messages;

  void render(SiteModel site, Consumer<RenderedFile> sink) {
    if (!site.site().messages().equals(messages)) {
      editions.clear();
      messages = site.site().messages();
    }
    for (Routes routes : site.routes()) {
      Edition edition = routes.edition();
      if (!edition.equals(editions.get(edition.id()))) {
        files.put(edition.id(), ExportRenderer.render(messages, List.of(routes)));
        editions.put(edition.id(), edition);
      }
      files.get(edition.id()).forEach(sink);
    }
  }
}
