/**
 * Stage 4, render: turns each assembled page into HTML with FreeMarker templates and Flexmark Markdown.
 *
 * <p>May use: podium.diagnostic, podium.rules, podium.model, podium.assemble.
 */
package podium.render;
