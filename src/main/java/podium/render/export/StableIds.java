package podium.render.export;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import podium.model.Edition;
import podium.model.Session;
import podium.model.Speaker;
import podium.rules.ContentHash;

/**
 * Identifiers that stay the same from build to build: they are derived from the edition id and the item's
 * id only, never from build or file order. GUIDs are name-based UUIDs (version 5, SHA-1) in Podium's own
 * namespace; the positive integer ids that frab consumers still key on are taken from the same hash
 * (31 bits, so they fit a signed 32-bit int) and checked for collisions within the edition: should two items
 * of one kind collide, the one whose id sorts later rehashes ({@code id#1}, {@code id#2}…).
 */
final class StableIds {
  /** RFC 4122's URL namespace; Podium's namespace is the version 5 UUID of {@code urn:x-podium:programme} in it. */
  private static final UUID URL_NAMESPACE = UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8");
  static final UUID NAMESPACE = v5(URL_NAMESPACE, "urn:x-podium:programme");

  private final String edition;
  private final Map<String, Integer> sessions;
  private final Map<String, Integer> speakers;

  private StableIds(String edition, Map<String, Integer> sessions, Map<String, Integer> speakers) {
    this.edition = edition;
    this.sessions = sessions;
    this.speakers = speakers;
  }

  static StableIds of(Edition edition) {
    String id = edition.id();
    return new StableIds(id, numbers(id + "/session/", edition.sessions().stream().map(Session::id).toList()),
        numbers(id + "/speaker/", edition.speakers().stream().map(Speaker::id).toList()));
  }

  int session(String id) {
    return sessions.get(id);
  }

  int speaker(String id) {
    return speakers.get(id);
  }

  UUID sessionGuid(String id) {
    return guid(edition, "session", id);
  }

  UUID speakerGuid(String id) {
    return guid(edition, "speaker", id);
  }

  UUID roomGuid(String id) {
    return guid(edition, "room", id);
  }

  /** The guid of an edition's {@code kind} ("session", "speaker", "room") with that id. */
  static UUID guid(String edition, String kind, String id) {
    return v5(NAMESPACE, edition + "/" + kind + "/" + id);
  }

  /** The iCalendar UID of a session: the same in every language and every file it appears in. */
  String uid(String sessionId) {
    return sessionId + "@" + edition + ".podium";
  }

  /** Collision-free positive ids for {@code ids}, independent of their order. */
  private static Map<String, Integer> numbers(String prefix, List<String> ids) {
    Map<String, Integer> numbers = new HashMap<>();
    Set<Integer> taken = new HashSet<>();
    ids.stream().sorted().distinct().forEach(id -> {
      for (int attempt = 0; ; attempt++) {
        int number = number(prefix + id + (attempt == 0 ? "" : "#" + attempt));
        if (number > 0 && taken.add(number)) {
          numbers.put(id, number);
          return;
        }
      }
    });
    return Map.copyOf(numbers);
  }

  private static int number(String name) {
    return (int) (v5(NAMESPACE, name).getMostSignificantBits() >>> 33);
  }

  /** A name-based UUID, version 5 (RFC 4122 §4.3, SHA-1). */
  static UUID v5(UUID namespace, String name) {
    MessageDigest sha1 = ContentHash.digest("SHA-1");
    sha1.update(ByteBuffer.allocate(16).putLong(namespace.getMostSignificantBits())
        .putLong(namespace.getLeastSignificantBits()).array());
    byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
    hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
    hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
    ByteBuffer bytes = ByteBuffer.wrap(hash, 0, 16);
    return new UUID(bytes.getLong(), bytes.getLong());
  }
}
