/**
 * Study mode (issue #7): learning referral patterns by recall. No JavaFX here (ArchitectureTest);
 * the screen is {@code org.referralatlas.ui.study}.
 *
 * <h2>Pieces</h2>
 * <ul>
 *   <li>{@link org.referralatlas.study.Card}: a {@link org.referralatlas.study.QuizKind} about a muscle
 *   or a region; progress is kept per card id ({@code mark-zones:temporalis}).</li>
 *   <li>{@link org.referralatlas.study.QuestionGenerator} makes a {@link org.referralatlas.study.Question}
 *   for a card, deterministic with a seeded {@code Random}.</li>
 *   <li>{@link org.referralatlas.study.Scoring} scores an {@link org.referralatlas.study.Answer} (the rules
 *   are in its javadoc); zone markings are {@link org.referralatlas.geometry.Mask}s on the {@link org.referralatlas.study.QuizGrid}, painted by brush.</li>
 *   <li>{@link org.referralatlas.study.Scheduler} is SM-2 over an injected {@code Clock};
 *   {@link org.referralatlas.study.Progress} holds state and history per card.</li>
 *   <li>{@link org.referralatlas.study.Decks} builds decks by body area, all muscles, or a
 *   {@link org.referralatlas.study.UserDeck}.</li>
 *   <li>{@link org.referralatlas.study.StudySession} runs one sitting: due cards, then new ones.</li>
 *   <li>{@link org.referralatlas.study.ProgressStore} and {@link org.referralatlas.study.DeckStore} save
 *   {@code progress.json} and {@code decks.json} in the data directory the caller gives: atomic writes,
 *   corrupt files set aside as {@code <name>.corrupt-<timestamp>.json} with a one-line message.</li>
 *   <li>{@link org.referralatlas.study.Statistics}: attempts, mean score, last seen and due per muscle.</li>
 * </ul>
 */
package org.referralatlas.study;
