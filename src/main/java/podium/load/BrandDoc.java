package podium.load;

import podium.model.Localized;

/**
 * The {@code brand:} block of an {@code edition.yaml} (or of {@code site.yaml}, for the defaults), as written:
 * colours as {@code #rrggbb}, {@code logo} and {@code hero} as paths below the edition's data folder (checked
 * like speakers' photos), {@code font} the name of a font shipped in {@code assets/fonts/}.
 */
public record BrandDoc(String primary, String accent, String logo, Localized logoAlt, String hero,
    Localized heroAlt, String font) {}
