package podium.model;

/** A person on the programme. */
public record Speaker(String id, String name, Localized affiliation, Localized bio) {}
