package podium.load;

import podium.model.Localized;

/** One entry of {@code data/<edition>/speakers.yaml} as written. */
public record SpeakerDoc(String id, String name, Localized affiliation, Localized bio) {}
