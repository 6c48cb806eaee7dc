/**
 * The rules every stage shares, each in one place: media types, and what an address or a text may hold.
 *
 * <p>May use: nothing of Podium's.
 */
package podium.rules;
