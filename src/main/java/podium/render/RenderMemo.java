package podium.render;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import podium.assemble.Fingerprints;
import podium.assemble.PageSpec;

/**
 * The preview server's memory of rendered pages. A page is rendered again only when its specification (its
 * content, frame and links: records compared by value) or the asset names differ from last time, or when
 * its template changed. Editing one session re-renders that session's pages and the listings that show it.
 */
public final class RenderMemo {
  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final AtomicInteger rendered = new AtomicInteger();

  /** A rendered page and the Markdown files (by source path) it shows. */
  private record Entry(PageSpec spec, Fingerprints fingerprints, RenderedFile file, Set<String> markdown) {}

  RenderedFile lookup(PageSpec spec, Fingerprints fingerprints) {
    Entry entry = entries.get(spec.path());
    return entry != null && entry.spec().equals(spec) && entry.fingerprints().equals(fingerprints)
        ? entry.file() : null;
  }

  void store(PageSpec spec, Fingerprints fingerprints, RenderedFile file, Set<String> markdown) {
    rendered.incrementAndGet();
    entries.put(spec.path(), new Entry(spec, fingerprints, file, Set.copyOf(markdown)));
  }

  /** Whether the page at {@code path}, as last rendered, shows one of these Markdown files. */
  boolean shows(String path, Set<String> markdown) {
    Entry entry = entries.get(path);
    return entry != null && markdown.stream().anyMatch(entry.markdown()::contains);
  }

  /** Forgets pages rendered with these templates; all pages when one of them is not a page template. */
  public void templatesChanged(Collection<String> templates) {
    boolean pageTemplatesOnly = templates.stream().allMatch(name -> entries.values().stream()
        .anyMatch(entry -> entry.spec().template().equals(name)));
    if (!pageTemplatesOnly) {
      entries.clear();
      return;
    }
    entries.values().removeIf(entry -> templates.contains(entry.spec().template()));
  }

  /** How many pages were rendered (not reused) since the last call. */
  public int takeRenderedCount() {
    return rendered.getAndSet(0);
  }
}
