package podium.model;

/** A kind of session: keynote, panel, workshop, break… */
public record SessionType(String id, Localized name) {}
