package podium.assemble;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import podium.model.Edition;
import podium.model.Room;
import podium.model.Session;
import podium.model.Speaker;
import podium.rules.LinkTargets;

/**
 * schema.org JSON-LD for one edition in one language, as search engines read events: the edition is an
 * {@code Event} with its sessions as {@code subEvent}s, a session an {@code Event} with its {@code performer}s
 * and {@code superEvent}, a speaker a {@code Person}; other pages a {@code WebPage} about the edition. Times
 * carry their offset; URLs are given only when the edition has a base URL (they must be absolute), except
 * live streams. The text goes into a {@code <script type="application/ld+json">} data block, never run (the
 * Content-Security-Policy does not apply to it): '<', '>' and '&' are written as JSON escapes, so no text can
 * close the element.
 */
final class StructuredData {
  private static final ObjectMapper JSON = new ObjectMapper(new com.fasterxml.jackson.core.JsonFactory()
      .setCharacterEscapes(new JsonLd.ScriptSafe()));
  private static final String SCHEMA = "https://schema.org/";

  private final Edition edition;
  private final String language;
  private final Localizer local;
  private final Routes routes;
  private final String start;
  private final String end;
  /** Asked for by the pages of one language, written on any rendering thread. */
  private final java.util.Map<String, ObjectNode> briefs = new java.util.concurrent.ConcurrentHashMap<>();
  /** Everything about the edition the texts show, as one text: part of every page's {@link JsonLd} key. */
  private final String facts;

  StructuredData(Edition edition, Localizer local, Routes routes) {
    this.edition = edition;
    this.language = local.language();
    this.local = local;
    this.routes = routes;
    // every page about the edition names its times: worked out once, not once per page over every session
    this.start = iso(start(edition));
    this.end = iso(end(edition));
    // the languages texts fall back to decide which title a session's summary shows
    this.facts = text(event()) + " " + edition.fallbackFor(language);
  }

  /** The edition's home page: the edition and its sessions. */
  JsonLd edition(String description) {
    return new JsonLd(() -> editionText(description), "edition", facts, edition.sessions(), description);
  }

  private String editionText(String description) {
    ObjectNode event = event();
    putText(event, "description", description);
    ArrayNode sessions = event.putArray("subEvent");
    edition.sessions().forEach(session -> sessions.add(brief(session)));
    return text(event);
  }

  /** A session's event; {@code image} is its share image's path from the output root. */
  JsonLd session(Session session, String description, String image) {
    return new JsonLd(() -> sessionText(session, description, image), "session", facts, session, description,
        image);
  }

  private String sessionText(Session session, String description, String image) {
    ObjectNode event = JSON.createObjectNode().put("@context", "https://schema.org");
    event.setAll(brief(session));
    putText(event, "description", description);
    event.put("eventStatus", SCHEMA + "EventScheduled");
    boolean streamed = stream(session.room()) != null;
    event.put("eventAttendanceMode", SCHEMA + (edition.online() || edition.venue() == null
        ? "OnlineEventAttendanceMode" : streamed ? "MixedEventAttendanceMode" : "OfflineEventAttendanceMode"));
    event.set("location", location(List.of(session.room())));
    event.put("inLanguage", session.heldIn().get(0));
    if (!session.speakers().isEmpty()) {
      ArrayNode performers = event.putArray("performer");
      session.speakers().forEach(speaker -> performers.add(person(speaker)));
    }
    organizer(event);
    putText(event, "image", routes.absolute(image));
    ObjectNode superEvent = event.putObject("superEvent");
    superEvent.put("@type", "Event").put("name", local.text(edition.name()).value());
    putText(superEvent, "url", routes.absolute(routes.home(language)));
    return text(event);
  }

  JsonLd speaker(Speaker speaker, List<Session> sessions) {
    return new JsonLd(() -> speakerText(speaker, sessions), "speaker", facts, speaker, sessions);
  }

  private String speakerText(Speaker speaker, List<Session> sessions) {
    ObjectNode person = JSON.createObjectNode().put("@context", "https://schema.org");
    person.setAll(person(speaker));
    putText(person, "description", local.text(speaker.bio()).value());
    if (speaker.photo() != null) {
      putText(person, "image", routes.absolute(routes.photo(speaker)));
    }
    ArrayNode events = person.putArray("performerIn");
    sessions.forEach(session -> events.add(brief(session)));
    return text(person);
  }

  /**
   * A news item: a {@code NewsArticle} published on its date by the edition's organiser, about the edition;
   * {@code textLanguage} is the language it is written in (another one when it is a fallback).
   */
  JsonLd newsArticle(String headline, String description, java.time.LocalDate date, String url,
      String textLanguage) {
    return new JsonLd(() -> newsText(headline, description, date, url, textLanguage), "news", facts, headline,
        description, date, url, textLanguage);
  }

  private String newsText(String headline, String description, java.time.LocalDate date, String url,
      String textLanguage) {
    ObjectNode article = JSON.createObjectNode();
    article.put("@context", "https://schema.org").put("@type", "NewsArticle").put("headline", headline)
        .put("name", headline);
    putText(article, "description", description);
    article.put("datePublished", date.toString()).put("inLanguage", textLanguage);
    putText(article, "url", routes.absolute(url));
    putText(article, "image", routes.absolute(routes.shareImage(language)));
    String organiser = local.text(edition.organiser()).value();
    ObjectNode author = article.putObject("author").put("@type", "Organization")
        .put("name", organiser != null ? organiser : local.text(edition.name()).value());
    putText(author, "url", routes.absolute(routes.home(language)));
    ObjectNode about = article.putObject("about");
    about.put("@type", "Event").put("name", local.text(edition.name()).value())
        .put("startDate", start).put("endDate", end);
    putText(about, "url", routes.absolute(routes.home(language)));
    return text(article);
  }

  /** A page of the site outside the editions (their index, its 404 page); {@code url} absolute or null. */
  static JsonLd webPage(String title, String description, String language, String url) {
    return new JsonLd(() -> text(webPageNode(title, description, language, url)), "web page", title, description,
        language, url);
  }

  private static ObjectNode webPageNode(String title, String description, String language, String url) {
    ObjectNode page = JSON.createObjectNode();
    page.put("@context", "https://schema.org").put("@type", "WebPage").put("name", title);
    putText(page, "description", description);
    page.put("inLanguage", language);
    putText(page, "url", url);
    return page;
  }

  /** Any other page: a web page about the edition. */
  JsonLd page(String title, String description, String url) {
    return new JsonLd(() -> pageText(title, description, url), "page", facts, title, description, url);
  }

  private String pageText(String title, String description, String url) {
    ObjectNode page = webPageNode(title, description, language, url == null ? null : routes.absolute(url));
    ObjectNode about = page.putObject("about");
    about.put("@type", "Event").put("name", local.text(edition.name()).value())
        .put("startDate", start).put("endDate", end);
    putText(about, "url", routes.absolute(routes.home(language)));
    return text(page);
  }

  private ObjectNode event() {
    ObjectNode event = JSON.createObjectNode();
    event.put("@context", "https://schema.org").put("@type", "Event");
    event.put("name", local.text(edition.name()).value());
    event.put("startDate", start).put("endDate", end);
    event.put("eventStatus", SCHEMA + "EventScheduled");
    boolean streamed = edition.rooms().stream().anyMatch(room -> stream(room) != null);
    boolean onSite = edition.venue() != null && !edition.online();
    event.put("eventAttendanceMode", SCHEMA + (!onSite ? "OnlineEventAttendanceMode"
        : streamed ? "MixedEventAttendanceMode" : "OfflineEventAttendanceMode"));
    event.set("location", location(edition.rooms()));
    List<String> spoken = edition.sessions().stream().flatMap(session -> session.heldIn().stream()).distinct()
        .toList();
    event.set("inLanguage", JSON.valueToTree(spoken.isEmpty() ? List.of(edition.defaultLanguage()) : spoken));
    organizer(event);
    putText(event, "url", routes.absolute(routes.home(language)));
    putText(event, "image", routes.absolute(routes.shareImage(language)));
    return event;
  }

  /**
   * A session as an event others point to: name, times, url. The same node for every page that points to it
   * (the home page lists every session, each speaker's page theirs): never changed once made.
   */
  private ObjectNode brief(Session session) {
    return briefs.computeIfAbsent(session.id(), id -> briefOf(session));
  }

  private ObjectNode briefOf(Session session) {
    ObjectNode event = JSON.createObjectNode();
    event.put("@type", "Event");
    event.put("name", local.text(session.title()).value());
    event.put("startDate", iso(session.start())).put("endDate", iso(session.end()));
    putText(event, "url", routes.absolute(routes.session(language, session.id())));
    return event;
  }

  /**
   * The venue as a {@code Place} (the room's name first when one room is meant), and each live stream of those
   * rooms as a {@code VirtualLocation}; an online edition without streams is a {@code VirtualLocation} at its home.
   */
  private com.fasterxml.jackson.databind.JsonNode location(List<Room> rooms) {
    ArrayNode locations = JSON.createArrayNode();
    if (edition.venue() != null && !edition.online()) {
      ObjectNode place = locations.addObject().put("@type", "Place");
      String venue = local.text(edition.venue().name()).value();
      place.put("name", rooms.size() == 1 ? local.text(rooms.get(0).name()).value() + ", " + venue : venue);
      String address = local.text(edition.venue().address()).value();
      place.put("address", address != null ? address : venue);
      putText(place, "url", edition.venue().url() != null && LinkTargets.isAbsoluteLink(edition.venue().url())
          ? edition.venue().url() : null);
    }
    rooms.stream().map(StructuredData::stream).filter(java.util.Objects::nonNull).distinct()
        .forEach(stream -> locations.addObject().put("@type", "VirtualLocation").put("url", stream));
    if (locations.isEmpty()) {
      ObjectNode online = locations.addObject().put("@type", "VirtualLocation");
      putText(online, "url", routes.absolute(routes.home(language)));
    }
    return locations.size() == 1 ? locations.get(0) : locations;
  }

  private ObjectNode person(Speaker speaker) {
    ObjectNode person = JSON.createObjectNode();
    person.put("@type", "Person").put("name", speaker.name());
    putText(person, "url", routes.absolute(routes.speaker(language, speaker.id())));
    String affiliation = local.text(speaker.affiliation()).value();
    if (affiliation != null) {
      person.putObject("affiliation").put("@type", "Organization").put("name", affiliation);
    }
    return person;
  }

  private void organizer(ObjectNode event) {
    String organiser = local.text(edition.organiser()).value();
    if (organiser != null) {
      ObjectNode organizer = event.putObject("organizer").put("@type", "Organization").put("name", organiser);
      putText(organizer, "url", routes.absolute(routes.home(language)));
    }
  }

  private static String stream(Room room) {
    return room.stream() != null && LinkTargets.isAbsoluteLink(room.stream()) && room.stream().startsWith("http")
        ? room.stream().strip() : null;
  }

  /** When the programme begins: its first session, else the first day's midnight, on the edition's clock. */
  private static ZonedDateTime start(Edition edition) {
    return edition.sessions().stream().map(Session::start).min(ZonedDateTime::compareTo)
        .orElse(edition.start().atStartOfDay(edition.timezone()));
  }

  private static ZonedDateTime end(Edition edition) {
    return edition.sessions().stream().map(Session::end).max(ZonedDateTime::compareTo)
        .orElse(edition.end().plusDays(1).atStartOfDay(edition.timezone()));
  }

  private static String iso(ZonedDateTime time) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
  }

  private static void putText(ObjectNode node, String key, String value) {
    if (value != null && !value.isBlank()) {
      node.put(key, value);
    }
  }

  /** The JSON text, safe inside a script element: '<', '>' and '&' occur only in strings, as escapes. */
  private static String text(ObjectNode node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serializes", e);
    }
  }
}
