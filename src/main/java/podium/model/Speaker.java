package podium.model;

/** A person on the programme; {@code photo} is null when the editors gave none. */
public record Speaker(String id, String name, Localized affiliation, Localized bio, Photo photo) {}
