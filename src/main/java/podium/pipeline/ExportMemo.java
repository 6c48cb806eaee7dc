package podium.pipeline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import podium.model.Edition;
import podium.model.Messages;
import podium.model.Site;
import podium.render.RenderedFile;
import podium.render.export.ExportRenderer;

/**
 * The preview's memory of open-data files: an edition's calendars and schedules are rendered again only when
 * the edition (records compared by value) or the interface strings changed; one build renders them all.
 */
final class ExportMemo {
  private final Map<String, Edition> editions = new HashMap<>();
  private final Map<String, List<RenderedFile>> files = new HashMap<>();
  private Messages messages;

  void render(Site site, List<Edition> wanted, java.util.function.Consumer<RenderedFile> sink) {
    if (!site.messages().equals(messages)) {
      editions.clear();
      messages = site.messages();
    }
    List<Edition> changed = wanted.stream().filter(edition -> !edition.equals(editions.get(edition.id()))).toList();
    for (Edition edition : changed) {
      files.put(edition.id(), ExportRenderer.render(site, List.of(edition)));
      editions.put(edition.id(), edition);
    }
    wanted.forEach(edition -> files.get(edition.id()).forEach(sink));
  }
}
