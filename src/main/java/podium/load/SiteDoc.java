package podium.load;

import podium.model.Localized;

/** The optional {@code site.yaml} at the project root. */
public record SiteDoc(Localized title, String language, String baseUrl) {}
