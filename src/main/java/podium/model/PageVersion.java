package podium.model;

/** One language's version of a Markdown page. */
public record PageVersion(
    String language,
    String title,
    String slug,
    int weight,
    boolean inMenu,
    String description,
    Markdown body,
    boolean draft) {}
