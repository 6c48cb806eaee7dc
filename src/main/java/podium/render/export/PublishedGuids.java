package podium.render.export;

/**
 * The guids schedule.xml and schedule.json give an edition's sessions, speakers and rooms ({@link StableIds}),
 * for the importer: a schedule Podium published is recognised by them when it is imported again.
 */
public final class PublishedGuids {
  private PublishedGuids() {}

  public static String session(String edition, String id) {
    return StableIds.guid(edition, "session", id).toString();
  }

  public static String speaker(String edition, String id) {
    return StableIds.guid(edition, "speaker", id).toString();
  }

  public static String room(String edition, String id) {
    return StableIds.guid(edition, "room", id).toString();
  }
}
