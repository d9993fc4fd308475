package org.referralatlas.geometry;

import java.util.Arrays;

/**
 * The word loops of {@link Mask}'s set operations, apart from its bookkeeping: each visits only the
 * words that can hold set bits (a frozen operand's non-zero words, else the [lo, hi] range), which is
 * what keeps re-ranking after a brush stroke cheap. Callers have checked the grids and mutability.
 */
final class MaskWords {
    private MaskWords() {
    }

    static int countAnd(Mask self, Mask other) {
        int n = 0;
        int[] sparse = other.nonZero != null ? other.nonZero : self.nonZero;
        if (sparse != null) {
            for (int w : sparse) {
                n += Long.bitCount(self.words[w] & other.words[w]);
            }
            return n;
        }
        for (int w = Math.max(self.lo, other.lo), end = Math.min(self.hi, other.hi); w <= end; w++) {
            n += Long.bitCount(self.words[w] & other.words[w]);
        }
        return n;
    }

    static long weightedAnd(Mask self, Mask union, Mask[] layers, int[] weights) {
        long n = 0;
        int[] sparse = self.nonZero;
        int count = sparse != null ? sparse.length : self.hi - self.lo + 1;
        for (int j = 0; j < count; j++) {
            int w = sparse != null ? sparse[j] : self.lo + j;
            long bits = self.words[w] & union.words[w];
            if (bits != 0) {
                for (int i = 0; i < layers.length; i++) {
                    n += (long) weights[i] * Long.bitCount(layers[i].words[w] & bits);
                }
            }
        }
        return n;
    }

    static Mask or(Mask self, Mask other) {
        if (other.nonZero != null) {
            for (int w : other.nonZero) {
                self.words[w] |= other.words[w];
            }
        } else {
            for (int w = other.lo; w <= other.hi; w++) {
                self.words[w] |= other.words[w];
            }
        }
        if (other.lo <= other.hi) {
            self.lo = Math.min(self.lo, other.lo);
            self.hi = Math.max(self.hi, other.hi);
        }
        return self;
    }

    static Mask andNot(Mask self, Mask other) {
        if (other.nonZero != null) {
            for (int w : other.nonZero) {
                self.words[w] &= ~other.words[w];
            }
            return self;
        }
        for (int w = Math.max(self.lo, other.lo), end = Math.min(self.hi, other.hi); w <= end; w++) {
            self.words[w] &= ~other.words[w];
        }
        return self;
    }

    static Mask and(Mask self, Mask other) {
        for (int w = self.lo; w <= self.hi; w++) {
            self.words[w] &= w >= other.lo && w <= other.hi ? other.words[w] : 0L;
        }
        return self;
    }

    static Mask assign(Mask self, Mask other) {
        if (self.lo <= self.hi) {
            Arrays.fill(self.words, self.lo, self.hi + 1, 0L);
        }
        if (other.nonZero != null) {
            for (int w : other.nonZero) {
                self.words[w] = other.words[w];
            }
        } else if (other.lo <= other.hi) {
            System.arraycopy(other.words, other.lo, self.words, other.lo, other.hi - other.lo + 1);
        }
        self.lo = other.lo;
        self.hi = other.hi;
        return self;
    }

    /** Sets (or clears) cells {@code from} to {@code to}, both included, a word at a time; widens the range. */
    static void setRange(Mask self, int from, int to, boolean clear) {
        long[] words = self.words;
        int w0 = from >>> 6, w1 = to >>> 6;
        for (int w = w0; w <= w1; w++) {
            long bits = -1L;
            if (w == w0) {
                bits &= -1L << from;
            }
            if (w == w1) {
                bits &= -1L >>> (63 - (to & 63));
            }
            if (clear) {
                words[w] &= ~bits;
            } else {
                words[w] |= bits;
            }
        }
        if (!clear) {
            self.lo = Math.min(self.lo, w0);
            self.hi = Math.max(self.hi, w1);
        }
    }
}
