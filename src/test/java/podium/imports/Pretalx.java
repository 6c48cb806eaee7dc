package podium.imports;

/**
 * Hand-written schedules in the shapes pretalx publishes (pretalx's frab export: schedule.xml beyond the XSD
 * with {@code color} on tracks, {@code code} attributes, empty {@code feedback_url}, {@code recording},
 * {@code attachments}; schedule.json with {@code public_name}, {@code code}, {@code colors}, {@code answers}).
 */
final class Pretalx {
  private Pretalx() {}

  static final String XML = """
      <?xml version='1.0' encoding='utf-8' ?>
      <schedule>
          <generator name="pretalx" version="2024.3.1" />
          <version>0.7</version>
          <conference>
              <title>DemoCon 2025</title>
              <acronym>democon</acronym>
              <start>2025-09-10</start>
              <end>2025-09-11</end>
              <days>2</days>
              <timeslot_duration>00:05</timeslot_duration>
              <base_url>https://pretalx.example.org/democon/schedule/</base_url>
              <logo>https://pretalx.example.org/media/democon/logo.png</logo>
              <time_zone_name>Europe/Berlin</time_zone_name>
              <track name="Security" slug="1-security" color="#ff0000" />
              <track name="Open data" slug="2-open-data" color="#00ff00" />
          </conference>
          <day index='1' date='2025-09-10' start='2025-09-10T04:00:00+02:00' end='2025-09-11T03:59:00+02:00'>
              <room name='Main Hall' guid='0a3e1b3c-2f64-4d6a-9a3e-1a2b3c4d5e6f'>
                  <event guid='8b7b3d2e-0a44-5a2b-9d0f-0c1e2f3a4b5c' id='42' code='QJZ8LN'>
                      <room>Main Hall</room>
                      <title>Opening &amp; welcome</title>
                      <subtitle></subtitle>
                      <type>Talk</type>
                      <date>2025-09-10T10:00:00+02:00</date>
                      <start>10:00</start>
                      <duration>00:30</duration>
                      <abstract>Why we are here.</abstract>
                      <slug>democon-42-opening-welcome</slug>
                      <track>Security</track>
                      <logo></logo>
                      <persons>
                          <person id='7' code='ABCDEF' guid='5f2c1d3e-7b6a-5c4d-8e9f-0a1b2c3d4e5f'>Jane Doe</person>
                      </persons>
                      <language>en</language>
                      <description>A **longer** text.</description>
                      <recording>
                          <license></license>
                          <optout>false</optout>
                      </recording>
                      <links>
                          <link href="https://example.org/slides.pdf">Slides</link>
                      </links>
                      <attachments></attachments>
                      <url>https://pretalx.example.org/democon/talk/QJZ8LN/</url>
                      <feedback_url></feedback_url>
                  </event>
              </room>
              <room name='Workshop room' guid='1b4f2c4d-3a75-4e7b-8b4f-2b3c4d5e6f70'>
                  <event guid='9c8c4e3f-1b55-5b3c-8e1a-1d2f3a4b5c6d' id='43' code='XY12AB'>
                      <room>Workshop room</room>
                      <title>Hands on open data</title>
                      <type>Workshop</type>
                      <date>2025-09-10T11:00:00+02:00</date>
                      <start>11:00</start>
                      <duration>01:30</duration>
                      <abstract></abstract>
                      <slug>democon-43-hands-on-open-data</slug>
                      <track>Open data</track>
                      <persons>
                          <person id='7' code='ABCDEF' guid='5f2c1d3e-7b6a-5c4d-8e9f-0a1b2c3d4e5f'>Jane Doe</person>
                          <person id='8' code='GHIJKL' guid='6a3d2e4f-8c7b-5d5e-9f0a-1b2c3d4e5f60'>Łukasz Żółć</person>
                      </persons>
                      <language>de</language>
                      <description></description>
                      <links></links>
                      <url>https://pretalx.example.org/democon/talk/XY12AB/</url>
                      <feedback_url></feedback_url>
                  </event>
              </room>
          </day>
          <day index='2' date='2025-09-11' start='2025-09-11T04:00:00+02:00' end='2025-09-12T03:59:00+02:00'>
              <room name='Main Hall' guid='0a3e1b3c-2f64-4d6a-9a3e-1a2b3c4d5e6f'>
              </room>
              <room name='Workshop room' guid='1b4f2c4d-3a75-4e7b-8b4f-2b3c4d5e6f70'>
              </room>
          </day>
      </schedule>
      """;

  static final String JSON = """
      {"$schema": "https://c3voc.de/schedule/schema.json",
       "generator": {"name": "pretalx", "version": "2024.3.1"},
       "schedule": {
        "url": "https://pretalx.example.org/democon/schedule/",
        "version": "0.7",
        "base_url": "https://pretalx.example.org",
        "conference": {
          "acronym": "democon",
          "title": "DemoCon 2025",
          "start": "2025-09-10",
          "end": "2025-09-11",
          "daysCount": 2,
          "timeslot_duration": "00:05",
          "time_zone_name": "Europe/Berlin",
          "colors": {"primary": "#3aa57c"},
          "rooms": [
            {"name": "Main Hall", "guid": "0a3e1b3c-2f64-4d6a-9a3e-1a2b3c4d5e6f", "description": "Ground floor", "capacity": 300},
            {"name": "Workshop room", "guid": "1b4f2c4d-3a75-4e7b-8b4f-2b3c4d5e6f70", "description": null, "capacity": 30}
          ],
          "tracks": [
            {"name": "Security", "slug": "1-security", "color": "#ff0000"},
            {"name": "Open data", "slug": "2-open-data", "color": "#00ff00"}
          ],
          "days": [
            {"index": 1, "date": "2025-09-10", "day_start": "2025-09-10T04:00:00+02:00",
             "day_end": "2025-09-11T03:59:00+02:00",
             "rooms": {
               "Main Hall": [
                 {"guid": "8b7b3d2e-0a44-5a2b-9d0f-0c1e2f3a4b5c", "code": "QJZ8LN", "id": 42, "logo": "",
                  "date": "2025-09-10T10:00:00+02:00", "start": "10:00", "duration": "00:30", "room": "Main Hall",
                  "slug": "democon-42-opening-welcome", "url": "https://pretalx.example.org/democon/talk/QJZ8LN/",
                  "title": "Opening & welcome", "subtitle": "", "track": "Security", "type": "Talk",
                  "language": "en", "abstract": "Why we are here.", "description": "A **longer** text.",
                  "recording_license": "", "do_not_record": false,
                  "persons": [{"code": "ABCDEF", "name": "Jane Doe", "avatar": null,
                    "biography": "Jane builds things.", "public_name": "Jane Doe",
                    "guid": "5f2c1d3e-7b6a-5c4d-8e9f-0a1b2c3d4e5f",
                    "url": "https://pretalx.example.org/democon/speaker/ABCDEF/"}],
                  "links": [{"title": "Slides", "url": "https://example.org/slides.pdf", "type": "related"}],
                  "feedback_url": "", "origin_url": "https://pretalx.example.org/democon/talk/QJZ8LN/",
                  "attachments": [], "answers": []}
               ],
               "Workshop room": [
                 {"guid": "9c8c4e3f-1b55-5b3c-8e1a-1d2f3a4b5c6d", "code": "XY12AB", "id": 43, "logo": "",
                  "date": "2025-09-10T11:00:00+02:00", "start": "11:00", "duration": "01:30",
                  "room": "Workshop room", "slug": "democon-43-hands-on-open-data",
                  "url": "https://pretalx.example.org/democon/talk/XY12AB/", "title": "Hands on open data",
                  "subtitle": "", "track": "Open data", "type": "Workshop", "language": "de", "abstract": "",
                  "description": "", "recording_license": "", "do_not_record": false,
                  "persons": [{"code": "ABCDEF", "public_name": "Jane Doe", "biography": "Jane builds things.",
                    "guid": "5f2c1d3e-7b6a-5c4d-8e9f-0a1b2c3d4e5f"},
                    {"code": "GHIJKL", "public_name": "Łukasz Żółć", "biography": null,
                     "guid": "6a3d2e4f-8c7b-5d5e-9f0a-1b2c3d4e5f60"}],
                  "links": [], "feedback_url": "", "attachments": [], "answers": []}
               ]
             }},
            {"index": 2, "date": "2025-09-11", "day_start": "2025-09-11T04:00:00+02:00",
             "day_end": "2025-09-12T03:59:00+02:00", "rooms": {"Main Hall": [], "Workshop room": []}}
          ]
        }
       }
      }
      """;
}
