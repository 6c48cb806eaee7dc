package podium.load;

import podium.model.Localized;

/**
 * The optional {@code site.yaml} at the project root; {@code brand} holds the editions' default colours and font,
 * {@code share_images} which pages get a share image of their own ({@code sessions} or {@code editions}).
 */
public record SiteDoc(Localized title, String language, String baseUrl, BrandDoc brand, String shareImages) {}
