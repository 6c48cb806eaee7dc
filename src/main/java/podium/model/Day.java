package podium.model;

import java.time.LocalDate;

/** A day of the edition, optionally titled. */
public record Day(LocalDate date, Localized title) {}
