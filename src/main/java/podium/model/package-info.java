/**
 * The validated congress programme and pages: immutable records that every later stage reads.
 *
 * <p>May use: podium.diagnostic.
 */
package podium.model;
