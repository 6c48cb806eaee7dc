package podium.model;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/**
 * One programme slot. {@code heldIn} are the languages spoken on stage, {@code interpretation} the languages
 * offered through interpreters; {@code descriptions} holds the optional Markdown page per language.
 * {@code track} and {@code type} may be null; {@code draft} sessions reach only the preview; a cancelled
 * session ({@code status}) keeps its place everywhere it is listed.
 */
public record Session(
    String id,
    Localized title,
    ZonedDateTime start,
    ZonedDateTime end,
    Room room,
    Track track,
    SessionType type,
    List<Speaker> speakers,
    List<String> heldIn,
    List<String> interpretation,
    Localized summary,
    List<Link> links,
    Map<String, Markdown> descriptions,
    boolean draft,
    SessionStatus status) {

  public boolean cancelled() {
    return status == SessionStatus.CANCELLED;
  }
}
