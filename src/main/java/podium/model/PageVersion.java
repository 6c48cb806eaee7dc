package podium.model;

import podium.diagnostic.Position;

/**
 * One language's version of a Markdown page. {@code slugAt} is where its slug is written in the page's header,
 * or null when the slug is the file's name. {@code date} is a news item's date (null for other pages).
 */
public record PageVersion(
    String language,
    String title,
    String slug,
    Position slugAt,
    int weight,
    boolean inMenu,
    String description,
    Markdown body,
    boolean draft,
    java.time.LocalDate date) {}
