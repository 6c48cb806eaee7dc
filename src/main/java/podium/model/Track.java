package podium.model;

/** A thematic track that groups sessions. */
public record Track(String id, Localized name) {}
