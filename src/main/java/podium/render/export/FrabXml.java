package podium.render.export;

import java.util.List;
import javax.xml.stream.XMLStreamException;
import podium.model.Day;
import podium.model.Room;
import podium.model.Session;
import podium.model.Speaker;
import podium.model.Track;

/**
 * {@code schedule.xml} in the frab/"Fahrplan" format (c3voc's schedule.xml.xsd), as Giggity, EventFahrplan,
 * ConfClerk and the video tooling read it: the conference, then every day with every room and its events.
 * The XSD has no {@code day_change}: each day's {@code start}/{@code end} attributes carry the day bounds.
 */
final class FrabXml {
  private FrabXml() {}

  static byte[] render(ExportView view, String version) {
    try {
      XmlOut xml = new XmlOut();
      xml.open("schedule");
      xml.empty("generator", "name", "podium");
      xml.optional("url", view.absolute(view.routes.scheduleXml(view.language)));
      xml.text("version", version);
      conference(xml, view);
      int index = 1;
      for (Day day : view.edition.days()) {
        day(xml, view, day, index++);
      }
      xml.close();
      return xml.finish();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("writing XML to memory cannot fail", e);
    }
  }

  private static void conference(XmlOut xml, ExportView view) throws XMLStreamException {
    String home = view.absolute(view.routes.home(view.language));
    xml.open("conference");
    xml.text("acronym", FrabFields.acronym(view.edition.id()));
    xml.text("title", view.text(view.edition.name()));
    xml.text("start", view.edition.start().toString());
    xml.text("end", view.edition.end().toString());
    xml.text("days", Integer.toString(view.edition.days().size()));
    xml.text("timeslot_duration", FrabFields.timeslot(view.sessions));
    xml.optional("base_url", home);
    xml.optional("logo", FrabFields.logo(view));
    xml.optional("url", home);
    xml.text("time_zone_name", view.edition.timezone().getId());
    for (Track track : view.edition.tracks()) {
      xml.text("track", view.text(track.name()), "name", view.text(track.name()), "slug", FrabFields.slug(track.id()));
    }
    if (FrabFields.hasMainProgramme(view)) {
      String main = view.text(view.edition.name());
      xml.text("track", main, "name", main, "slug", FrabFields.slug(FrabFields.acronym(view.edition.id())));
    }
    xml.close();
  }

  private static void day(XmlOut xml, ExportView view, Day day, int index) throws XMLStreamException {
    xml.open("day", "index", Integer.toString(index), "date", day.date().toString(),
        "start", ExportView.iso(FrabFields.dayStart(view, day.date())),
        "end", ExportView.iso(FrabFields.dayEnd(view, day.date())));
    List<Session> sessions = view.on(day.date());
    for (Room room : view.edition.rooms()) {
      List<Session> inRoom = sessions.stream().filter(s -> s.room().id().equals(room.id())).toList();
      String[] attributes = {"name", view.roomName(room), "guid", view.ids.roomGuid(room.id()).toString()};
      if (inRoom.isEmpty()) {
        xml.empty("room", attributes);
        continue;
      }
      xml.open("room", attributes);
      for (Session session : inRoom) {
        event(xml, view, session);
      }
      xml.close();
    }
    xml.close();
  }

  /**
   * An event as the apps read it: one language code, the type's id, plain-text abstract and description (apps
   * show no Markdown), a slug, and no empty element but the abstract of a session with no text at all (the
   * XSD requires one).
   */
  private static void event(XmlOut xml, ExportView view, Session session) throws XMLStreamException {
    xml.open("event", "guid", view.ids.sessionGuid(session.id()).toString(),
        "id", Integer.toString(view.ids.session(session.id())));
    xml.text("date", ExportView.iso(session.start()));
    xml.text("start", FrabFields.clock(session.start()));
    xml.text("duration", FrabFields.duration(session));
    xml.text("room", view.roomName(session.room()));
    xml.text("slug", FrabFields.eventSlug(view, session));
    xml.optional("url", FrabFields.sessionUrl(view, session));
    xml.text("title", FrabFields.title(view, session));
    xml.text("track", FrabFields.track(view, session));
    xml.text("type", FrabFields.type(session));
    xml.optional("language", FrabFields.spoken(session));
    xml.text("abstract", view.abstractOf(session));
    xml.optional("description", view.plainDescription(session));
    if (!session.speakers().isEmpty()) {
      xml.open("persons");
      for (Speaker speaker : session.speakers()) {
        xml.text("person", view.name(speaker), "id", Integer.toString(view.ids.speaker(speaker.id())),
            "guid", view.ids.speakerGuid(speaker.id()).toString());
      }
      xml.close();
    }
    List<FrabFields.Ref> links = FrabFields.eventLinks(view, session);
    if (!links.isEmpty()) {
      xml.open("links");
      for (FrabFields.Ref link : links) {
        xml.text("link", link.title(), "href", link.url());
      }
      xml.close();
    }
    xml.close();
  }
}
