package podium.load;

import java.util.List;

/**
 * The programme files of one edition folder {@code data/<id>/}. Sessions and speakers are empty lists when
 * their file is absent; any document is null when it could not be read (its problems are reported).
 */
public record EditionSource(
    String id,
    Parsed<EditionDoc> edition,
    Parsed<List<SessionDoc>> sessions,
    Parsed<List<SpeakerDoc>> speakers) {}
