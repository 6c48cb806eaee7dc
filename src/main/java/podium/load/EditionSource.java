package podium.load;

import java.util.List;
import java.util.Map;

/**
 * The programme files of one edition folder {@code data/<id>/}. Sessions and speakers are empty lists when
 * their file is absent; any document is null when it could not be read (its problems are reported).
 * {@code photos} holds the image files that exist (speakers' photos, the brand's logo and hero, partners'
 * logos), by the path written; {@code partners} is empty when {@code partners.yaml} is absent;
 * {@code releases} the release files in number order, each null when it could not be read.
 */
public record EditionSource(
    String id,
    Parsed<EditionDoc> edition,
    Parsed<List<SessionDoc>> sessions,
    Parsed<List<SpeakerDoc>> speakers,
    Map<String, ImageFile> photos,
    Parsed<List<PartnerDoc>> partners,
    List<Parsed<ReleaseDoc>> releases) {}
