package podium.importer;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import podium.diagnostic.Problems;

/**
 * frab's {@code schedule.xml} as frab, pretalx and Podium write it: {@code conference}, then {@code day}s with
 * {@code room}s holding {@code event}s. What pretalx adds beyond the XSD ({@code color} on tracks, an empty
 * {@code feedback_url}, {@code recording}, {@code attachments}) is read past; an event's {@code slug} or
 * {@code url} gives its id.
 */
final class FrabXmlReader {
  private FrabXmlReader() {}

  static Imported read(String text, String shown, String language, ZoneId known, Problems problems) {
    XmlTree.Element root = XmlTree.parse(text, shown, problems);
    if (root == null) {
      return null;
    }
    Values values = new Values(shown, problems);
    if (!root.name().equals("schedule")) {
      values.error(root.at(), "the root element is <" + root.name() + ">, not <schedule>", "is it a frab schedule.xml?");
      return null;
    }
    XmlTree.Element conference = root.child("conference");
    if (conference == null) {
      values.error(root.at(), "the schedule has no <conference>", null);
      return null;
    }
    ZoneId zone = Conference.zone(values, conference.at(), conference.text("time_zone_name"), known);
    LocalDate start = Conference.day(values, conference.at(), "start", conference.text("start"));
    LocalDate end = Conference.day(values, conference.at(), "end", conference.text("end"));
    if (zone == null) {
      return null;
    }
    String acronym = conference.text("acronym") == null ? "" : conference.text("acronym");
    FrabSchedule schedule = new FrabSchedule(values, language, acronym, zone);
    for (XmlTree.Element track : conference.all("track")) {
      schedule.track(track.at(), track.attribute("name") != null ? track.attribute("name") : track.text(),
          track.attribute("slug"));
    }
    for (XmlTree.Element day : root.all("day")) {
      for (XmlTree.Element room : day.all("room")) {
        schedule.room(room.at(), room.attribute("name"), room.attribute("slug"), room.attribute("guid"), null);
        for (XmlTree.Element event : room.all("event")) {
          schedule.event(event.at(), fields(schedule, event, room.attribute("name")));
        }
      }
    }
    return schedule.build(conference.text("title"), start, end);
  }

  private static FrabSchedule.EventFields fields(FrabSchedule schedule, XmlTree.Element event, String roomName) {
    List<String> people = new ArrayList<>();
    XmlTree.Element persons = event.child("persons");
    for (XmlTree.Element person : persons == null ? List.<XmlTree.Element>of() : persons.all("person")) {
      String key = schedule.person(person.at(), person.attribute("guid"), person.attribute("id"), person.text(), null);
      if (key != null) {
        people.add(key);
      }
    }
    List<String[]> links = new ArrayList<>();
    XmlTree.Element linkList = event.child("links");
    for (XmlTree.Element link : linkList == null ? List.<XmlTree.Element>of() : linkList.all("link")) {
      links.add(new String[] {link.text(), link.attribute("href")});
    }
    String room = event.text("room") != null ? event.text("room") : roomName;
    return new FrabSchedule.EventFields(event.attribute("guid"), event.text("slug"), event.text("url"),
        event.text("title"), event.text("date"), event.text("start"), event.text("duration"), room,
        event.text("track"), event.text("type"), event.text("language"), event.text("abstract"),
        event.text("description"), people, links);
  }
}
