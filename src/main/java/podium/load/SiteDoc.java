package podium.load;

import podium.model.Localized;

/** The optional {@code site.yaml} at the project root; {@code brand} holds the editions' default colours and font. */
public record SiteDoc(Localized title, String language, String baseUrl, BrandDoc brand) {}
