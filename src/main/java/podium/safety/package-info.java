/**
 * Rules about untrusted text that every stage applies the same way: which link targets may reach an
 * attribute, and which characters may appear in text. One home per rule, used by load, validate and render.
 */
package podium.safety;
