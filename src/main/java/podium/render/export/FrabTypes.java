package podium.render.export;

import java.util.Map;
import podium.model.Session;

/**
 * schema2's closed list of event types, from a session type's id: the ids congress editors use (in English,
 * French or German) for a kind of session the list names; any other type, and a session without one, is
 * {@code OTHER}. A {@code BREAK} becomes a meta event.
 */
final class FrabTypes {
  static final String BREAK = "BREAK";
  static final String OTHER = "OTHER";

  private static final Map<String, String> KINDS = Map.ofEntries(
      Map.entry("talk", "TALK"), Map.entry("keynote", "TALK"), Map.entry("lecture", "TALK"),
      Map.entry("presentation", "TALK"), Map.entry("plenary", "TALK"), Map.entry("testimony", "TALK"),
      Map.entry("expose", "TALK"), Map.entry("vortrag", "TALK"),
      Map.entry("workshop", "WORKSHOP"), Map.entry("atelier", "WORKSHOP"),
      Map.entry("hands-on", "HANDS-ON"),
      Map.entry("meeting", "MEETING"), Map.entry("networking", "MEETING"), Map.entry("matchmaking", "MEETING"),
      Map.entry("working-group", "MEETING"),
      Map.entry("panel", "DISCUSSION"), Map.entry("discussion", "DISCUSSION"), Map.entry("debate", "DISCUSSION"),
      Map.entry("round-table", "DISCUSSION"), Map.entry("table-ronde", "DISCUSSION"),
      Map.entry("runder-tisch", "DISCUSSION"), Map.entry("podium", "DISCUSSION"),
      Map.entry("lightning-talk", "LIGHTNING_TALK"), Map.entry("performance", "PERFORMANCE"),
      Map.entry("concert", "CONCERT"), Map.entry("game", "GAME"),
      Map.entry("break", BREAK), Map.entry("pause", BREAK), Map.entry("lunch", BREAK),
      Map.entry("coffee-break", BREAK), Map.entry("dejeuner", BREAK), Map.entry("mittagspause", BREAK));

  private FrabTypes() {}

  static String of(Session session) {
    return session.type() == null ? OTHER : KINDS.getOrDefault(session.type().id(), OTHER);
  }

  static boolean isBreak(Session session) {
    return BREAK.equals(of(session));
  }
}
