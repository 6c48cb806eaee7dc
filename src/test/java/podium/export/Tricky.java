package podium.export;

/**
 * An edition made to trip exporters up: titles with commas, semicolons, line breaks, markup, quotes, two
 * spaces and an emoji (control characters are refused as input: EncodingAttacksTest); two rooms with the same
 * German name; a track id that is no slug; a link with a query and a mailto link; a session in two languages;
 * the switch to summer time on its second day; a base URL.
 */
final class Tricky {
  private Tricky() {}

  /** The English title as exports give it. */
  static final String TITLE_EN = "Comma, semicolon; line\ntwo <b>&amp;</b> ]]> \"q\"  😀";

  static final String EDITION = """
      -- data/tricky/edition.yaml --
      name: {de: "Kongress <&> 2031", en: "Congress <&> 2031"}
      start: 2031-03-29
      end: 2031-03-30
      timezone: Europe/Berlin
      venue:
        name: "Haus \\"A\\", Saal; 1"
        address: {de: Berlin, en: Berlin}
      languages: [de, en]
      default_language: de
      base_url: https://example.org/tricky/
      rooms:
        - id: a
          name: {de: Saal, en: Hall A}
        - id: b
          name: {de: Saal, en: Hall B}
          floor: {de: 1. Stock, en: First floor}
      tracks:
        - id: x_y
          name: {de: "Politik, Praxis", en: "Policy, practice"}
      types:
        - id: talk
          name: {de: Vortrag, en: Talk}
      -- data/tricky/speakers.yaml --
      - id: bob
        name: "Bob \\"The Builder\\" <b>"
        affiliation: {de: "Bau & Co", en: "Build & Co"}
      - id: idle
        name: Idle Person
      """;

  static final String SESSIONS = """
      -- data/tricky/sessions.yaml --
      - id: tricky
        title:
          de: "Komma, Semikolon; Zeile\\nzwei <b>&amp;</b> ]]> \\"q\\"  😀"
          en: "Comma, semicolon; line\\ntwo <b>&amp;</b> ]]> \\"q\\"  😀"
        date: 2031-03-29
        start: "09:00"
        end: "10:30"
        room: a
        track: x_y
        type: talk
        speakers: [bob]
        languages: [de, en]
        interpretation: [fr]
        abstract:
          de: "Grüße aus Köln 😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀 – Ende, Schluss; aus"
        links:
          - title: {de: Folien, en: Slides}
            url: "https://example.org/slides?talk=tricky&lang=de"
          - title: Mail
            url: "mailto:info@example.org"
      - id: after-switch
        title: {de: Nach der Zeitumstellung}
        date: 2031-03-30
        start: "09:00"
        end: "09:45"
        room: b
        languages: [de]
      """;

  static final String ALL = EDITION + SESSIONS;
}
