package podium.load;

import podium.model.Localized;

/**
 * One entry of {@code data/<edition>/partners.yaml} as written: {@code tier} names one of the edition's
 * {@code partner_tiers}, {@code logo} is a path below the edition's data folder (checked like photos).
 */
public record PartnerDoc(String id, String name, String url, String logo, String tier, Localized description) {}
