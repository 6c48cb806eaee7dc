package podium.seo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import podium.Minimal;
import podium.SampleBuild;
import podium.TestSite;

/**
 * What search engines and social networks read from every page of the sample editions: schema.org JSON-LD
 * that parses, with Google's required and recommended Event fields on edition homes and sessions and a Person
 * on speaker pages; OpenGraph and Twitter tags; a meta description of at most 160 characters; titles unique
 * within an edition and language.
 */
class PageMetadataTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String OFFSET_TIME = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(:\\d\\d)?[+-]\\d\\d:\\d\\d";

  @TempDir
  static Path output;

  @BeforeAll
  static void buildTheRepository() {
    SampleBuild.into(output);
  }

  @Test
  void everyPageHasJsonLdWithTheFieldsSearchEnginesRequire() throws IOException {
    SoftAssertions softly = new SoftAssertions();
    int events = 0;
    int people = 0;
    int articles = 0;
    for (Path page : pages(output)) {
      String where = output.relativize(page).toString();
      Document html = Jsoup.parse(page.toFile());
      List<Element> blocks = html.select("script[type=application/ld+json]");
      softly.assertThat(blocks).as(where).hasSize(1);
      if (blocks.size() != 1) {
        continue;
      }
      JsonNode data = JSON.readTree(blocks.get(0).data());
      softly.assertThat(data.path("@context").asText()).as(where).isEqualTo("https://schema.org");
      softly.assertThat(data.path("name").asText()).as(where + " name").isNotBlank();
      String type = data.path("@type").asText();
      boolean session = where.matches("[^/]+/[a-z]+/(sessions|sitzungen|seances)/.+") || where.contains("/sessions/");
      boolean home = where.matches("[^/]+/[a-z]{2}/index\\.html");
      if (home || (session && type.equals("Event"))) {
        events++;
        softly.assertThat(type).as(where).isEqualTo("Event");
        softly.assertThat(data.path("startDate").asText()).as(where).matches(OFFSET_TIME);
        softly.assertThat(data.path("endDate").asText()).as(where).matches(OFFSET_TIME);
        softly.assertThat(data.path("eventStatus").asText()).as(where).isEqualTo("https://schema.org/EventScheduled");
        softly.assertThat(data.path("eventAttendanceMode").asText()).as(where)
            .matches("https://schema.org/(Offline|Online|Mixed)EventAttendanceMode");
        for (JsonNode location : data.path("location").isArray() ? data.path("location") : List.of(data.path("location"))) {
          String kind = location.path("@type").asText();
          softly.assertThat(kind).as(where).isIn("Place", "VirtualLocation");
          if (kind.equals("Place")) {
            softly.assertThat(location.path("address").asText()).as(where + " address").isNotBlank();
          }
        }
        softly.assertThat(data.has("inLanguage")).as(where + " inLanguage").isTrue();
        // the organizer, whenever the edition names one (programme.json says)
        JsonNode edition = JSON.readTree(output.resolve(where.substring(0, where.indexOf('/', where.indexOf('/') + 1)))
            .resolve("programme.json").toFile()).path("edition");
        softly.assertThat(data.path("organizer").path("name").asText()).as(where + " organizer")
            .isEqualTo(edition.path("organiser").asText(""));
        softly.assertThat(data.path("description").asText()).as(where + " description").isNotBlank();
        if (home) {
          softly.assertThat(data.path("subEvent")).as(where + " subEvent").isNotEmpty();
          data.path("subEvent").forEach(sub -> softly.assertThat(sub.path("startDate").asText()).matches(OFFSET_TIME));
        } else {
          softly.assertThat(data.path("superEvent").path("name").asText()).as(where + " superEvent").isNotBlank();
          data.path("performer").forEach(person -> softly.assertThat(person.path("@type").asText()).isEqualTo("Person"));
        }
      } else if (type.equals("Person")) {
        people++;
        softly.assertThat(data.path("performerIn")).as(where).isNotEmpty();
      } else if (where.matches("[^/]+/[a-z]{2}/(news|actualites|aktuelles)/[^/]+/index\\.html")) {
        articles++;
        // what Google's article guide asks for: headline, image, date published, author with a name
        softly.assertThat(type).as(where).isEqualTo("NewsArticle");
        softly.assertThat(data.path("headline").asText()).as(where + " headline").isNotBlank();
        softly.assertThat(data.path("datePublished").asText()).as(where).matches("\\d{4}-\\d\\d-\\d\\d");
        softly.assertThat(data.path("author").path("name").asText()).as(where + " author").isNotBlank();
        softly.assertThat(data.path("image").asText()).as(where + " image").startsWith("https://");
      } else {
        softly.assertThat(type).as(where).isEqualTo("WebPage");
      }
    }
    softly.assertAll();
    assertThat(events).as("homes and sessions").isGreaterThan(100);
    assertThat(people).as("speaker pages").isGreaterThan(10);
    assertThat(articles).as("news items").isGreaterThan(5);
  }

  @Test
  void everyPageHasSocialTagsAndAShortDescriptionAndTitlesAreUnique() throws IOException {
    SoftAssertions softly = new SoftAssertions();
    Map<String, List<String>> titles = new HashMap<>();
    for (Path page : pages(output)) {
      String where = output.relativize(page).toString();
      Document html = Jsoup.parse(page.toFile());
      String description = html.select("meta[name=description]").attr("content");
      softly.assertThat(description).as(where + " description").isNotBlank();
      softly.assertThat(description.codePointCount(0, description.length())).as(where).isLessThanOrEqualTo(160);
      if (description.endsWith("…")) {
        softly.assertThat(description).as(where + ": cut after a word").matches("(?s).*\\S…");
      }
      // an absolute URL only where there is one: pages kept out of search engines have no canonical URL
      softly.assertThat(html.select("meta[property=og:url]").attr("content")).as(where + " og:url")
          .isEqualTo(html.select("link[rel=canonical]").attr("href"));
      for (String property : List.of("og:type", "og:title", "og:description", "og:locale")) {
        softly.assertThat(html.select("meta[property=" + property + "]").attr("content")).as(where + " " + property)
            .isNotBlank();
      }
      softly.assertThat(html.select("meta[name=twitter:card]").attr("content")).as(where).isNotBlank();
      softly.assertThat(html.select("meta[name=twitter:title]").attr("content")).as(where).isNotBlank();
      String[] parts = where.split("/");
      if (parts.length > 2 && !where.endsWith("404.html")) {
        titles.computeIfAbsent(parts[0] + "/" + parts[1], key -> new ArrayList<>()).add(html.title());
        softly.assertThat(html.select("link[rel=alternate][type=text/calendar]")).as(where).hasSize(1);
        softly.assertThat(html.select("link[rel=alternate][type=application/json]")).as(where).hasSize(2);
        softly.assertThat(html.select("link[rel=alternate][type=application/xml]")).as(where).hasSize(1);
      }
    }
    titles.forEach((group, list) -> softly.assertThat(list).as(group + " titles").doesNotHaveDuplicates());
    softly.assertAll();
    assertThat(Jsoup.parse(output.resolve("ecc-2024/404.html").toFile()).title()).as("the edition named once")
        .doesNotContain("2024 – European");
  }

  @Test
  void noPageCarriesMarkupInItsJsonLdWhateverTextTheEditionSessionOrSpeakerHas(@TempDir Path folder)
      throws IOException {
    // written when each page is, on the rendering threads: home (every session), speaker, day and other pages
    String hostile = "</script><script>alert(1)</script> & <!-- \u2028";
    TestSite site = TestSite.write(folder, Minimal.ALL
        .replace("title: {en: Opening, fr: Ouverture}", "title: {en: \"" + hostile + "\", fr: Ouverture}")
        .replace("name: Ada Example", "name: \"Ada " + hostile + "\"")
        .replace("en: Demo Congress 2030", "en: \"Demo " + hostile + "\""));
    assertThat(site.build().exitCode()).isZero();
    List<Path> pages;
    try (var files = Files.walk(site.output())) {
      pages = files.filter(file -> file.toString().endsWith(".html")).toList();
    }
    int blocks = 0;
    for (Path page : pages) {
      String html = Files.readString(page);
      String opening = "<script type=\"application/ld+json\">";
      for (int at = html.indexOf(opening); at >= 0; at = html.indexOf(opening, at + 1)) {
        String block = html.substring(at + opening.length(), html.indexOf("</script>", at));
        assertThat(block).as(page.toString()).doesNotContain("<", ">", "&");
        JSON.readTree(block);
        blocks++;
      }
    }
    assertThat(blocks).as("JSON-LD blocks checked").isGreaterThan(5);
    String home = site.file("demo/en/index.html");
    assertThat(JSON.readTree(Jsoup.parse(home).selectFirst("script[type=application/ld+json]").data())
        .path("subEvent").get(0).path("name").asText()).as("the text itself, escaped only in the page")
        .startsWith("</script><script>alert(1)</script> & <!--");
  }

  @Test
  void untrustedTextCannotCloseTheJsonLdBlockAndUrlsNeedABaseUrl(@TempDir Path folder) throws IOException {
    TestSite site = TestSite.write(folder, Minimal.ALL.replace("title: {en: Opening, fr: Ouverture}",
        "title: {en: \"</script><script>alert(1)</script> & <!--\", fr: Ouverture}"));
    assertThat(site.build().exitCode()).isZero();
    String page = site.file("demo/en/sessions/opening/index.html");
    String opening = "<script type=\"application/ld+json\">";
    String block = page.substring(page.indexOf(opening) + opening.length());
    block = block.substring(0, block.indexOf("</script>"));
    assertThat(block).doesNotContain("<", "&").contains("\\u003c/script\\u003e");
    JsonNode data = JSON.readTree(Jsoup.parse(page).selectFirst("script[type=application/ld+json]").data());
    assertThat(data.path("name").asText()).isEqualTo("</script><script>alert(1)</script> & <!--");
    assertThat(data.has("url")).as("no base URL, no URL").isFalse();
    assertThat(Jsoup.parse(page).select("meta[property=og:url]")).isEmpty();
  }

  private static List<Path> pages(Path site) throws IOException {
    try (Stream<Path> walk = Files.walk(site)) {
      return walk.filter(path -> path.toString().endsWith(".html")).sorted().toList();
    }
  }
}
