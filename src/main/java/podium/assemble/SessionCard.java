package podium.assemble;

import java.util.List;

/**
 * A session as listed in a programme, in one language. Times are local to the edition ({@code HH:mm}) with
 * ISO timestamps beside them for machines and scripts; ids let filters work on rooms, tracks and types.
 * {@code trackColour} (1–8, 0 without a track) picks one of the stylesheet's track colours, by track order.
 * A {@code cancelled} session keeps its place; {@code changes} names, in the page's language, what the newest
 * version of the programme changed for it (empty when nothing: {@code model.ProgrammeHistory}).
 * {@code day} names its date (for lists that span days, such as a speaker's page); {@code stream} is its room's
 * live stream (null without one), which the programme links as "Join" (online edition) or "Watch";
 * {@code starrable} is false for breaks (type {@code break}), which nobody needs to put in an agenda.
 */
public record SessionCard(
    String id,
    String url,
    Text title,
    String start,
    String end,
    String startIso,
    String endIso,
    String roomId,
    Text room,
    String trackId,
    Text track,
    String typeId,
    Text type,
    List<SpeakerRef> speakers,
    List<LanguageRef> heldIn,
    List<LanguageRef> interpretation,
    Text summary,
    int trackColour,
    boolean cancelled,
    List<String> changes,
    String day,
    String stream,
    boolean starrable) {
  /** The session type that marks breaks: coffee and lunch are on everyone's agenda already. */
  public static final String BREAK = "break";


  /** A speaker named on a card, with a link to their page and their photo (null without one). */
  public record SpeakerRef(String id, String name, String url, Text affiliation, PhotoView photo) {}

  /**
   * A photo as pages show it: the file a 40-px thumbnail shows, the file the speaker's page shows (each the
   * original, or a smaller copy of it) and its text alternative, empty unless the editors wrote one (the
   * name next to it says who it is).
   */
  public record PhotoView(Picture thumb, Picture page, Text alt) {}

  /** A published image: its URL from the output root and its size in pixels (0 when unknown: no attributes). */
  public record Picture(String url, int width, int height) {}

  /** A language, named in the page's language. */
  public record LanguageRef(String code, String name) {}
}
