/** The validated congress programme and pages: immutable records that every later stage reads. */
package podium.model;
