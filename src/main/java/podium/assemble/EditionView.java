package podium.assemble;

import java.util.List;

/**
 * An edition as one language presents it: its name, dates, place, the URLs of its main pages and its brand;
 * {@code news} and {@code newsFeed} are null when the edition has no news.
 */
public record EditionView(
    String id,
    Text name,
    Text tagline,
    String dates,
    String startIso,
    String endIso,
    String timezone,
    boolean online,
    Text venueName,
    Text venueAddress,
    String venueUrl,
    Text organiser,
    String home,
    String programme,
    String speakers,
    String news,
    String newsFeed,
    String picker,
    List<LanguageLink> languages,
    OpenData openData,
    BrandView brand) {

  /** The programme as files for apps and calendars, in this language. */
  public record OpenData(String calendar, String scheduleXml, String scheduleJson, String programmeJson) {}

  /** The edition's home in one of its languages, labelled in that language. */
  public record LanguageLink(String code, String label, String url) {}
}
