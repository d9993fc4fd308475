package org.referralatlas.text;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Text normalisation and edit distance for forgiving matching. */
public final class Fuzzy {
    private Fuzzy() {
    }

    /** Lower case, accents removed, punctuation and hyphens as single spaces: "Sterno-cleido" -> "sterno cleido". */
    public static String normalize(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
    }

    /** Optimal string alignment distance (Levenshtein plus adjacent transpositions). */
    public static int distance(String a, String b) {
        int n = a.length(), m = b.length();
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[n][m];
    }

    /** Typos tolerated for a word of this length: none below 4 letters, one up to 7, two beyond. */
    public static int tolerance(int length) {
        return length < 4 ? 0 : length <= 7 ? 1 : 2;
    }

    /** The candidate closest to {@code text} within the typo tolerance, for "did you mean" hints. */
    public static Optional<String> closest(String text, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        int allowed = Math.max(1, tolerance(text.length()));
        for (String c : candidates) {
            int d = distance(text, c);
            if (d < bestDistance && d <= allowed) {
                best = c;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }
}
