package podium.load;

import podium.model.Localized;

/**
 * One entry of {@code data/<edition>/speakers.yaml} as written; {@code photo} is a path below the edition's
 * data folder, {@code photoAlt} the photo's text alternative when it shows more than the person's face.
 */
public record SpeakerDoc(String id, String name, Localized affiliation, Localized bio, String photo,
    Localized photoAlt) {}
