/**
 * Export without JavaFX: figures to PNG and the one-page patient handout to PDF. Works headless.
 *
 * <h2>For the application (menu items, print)</h2>
 * <pre>{@code
 * // The current figure with its legend, at twice screen resolution:
 * BufferedImage png = new FigureRenderer(atlas).render(
 *         FigureRequest.muscle(viewId, muscleId, side).withLayer(layer), FigureRenderer.DEFAULT_SCALE);
 * FigureRenderer.writePng(png, file);                       // atomic
 *
 * // A handout for a muscle, or for a pain-finder result:
 * HandoutContents contents = new HandoutContents(atlas);
 * HandoutContent content = contents.forMuscle(muscleId, side, note);   // or forPain(regionIds, side, note)
 * new HandoutBuilder(atlas).write(content, file);           // atomic
 * try (PDDocument doc = new HandoutBuilder(atlas).build(content)) { ... print or preview ... }
 * }</pre>
 * Unknown ids raise {@link java.lang.IllegalArgumentException}; file problems {@link java.io.IOException}.
 * Run the rendering off the JavaFX thread: a handout takes a few hundred milliseconds.
 */
package org.referralatlas.export;
