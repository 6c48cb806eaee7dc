/**
 * The rules every stage shares, each in one place: media types, which link targets may reach an attribute,
 * which characters may appear in text, and how content is hashed. Load, validate and render apply them the
 * same way.
 *
 * <p>May use: nothing of Podium's.
 */
package podium.rules;
