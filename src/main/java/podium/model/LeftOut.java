package podium.model;

import java.util.List;
import java.util.Map;

/**
 * What a published build leaves out of an edition: draft versions of pages (by page id, then language), draft
 * sessions, and speakers whose every session is a draft. Nothing is rendered from it; it is kept so that a
 * public page linking to something left out can be reported. Empty when drafts are included.
 */
public record LeftOut(Map<String, Page> pages, List<String> sessions, List<String> speakers) {
  public boolean isEmpty() {
    return pages.isEmpty() && sessions.isEmpty() && speakers.isEmpty();
  }
}
