package org.referralatlas.export;

import java.util.List;

/**
 * Everything a one-page patient handout says, in plain words, before layout. Built by
 * {@link HandoutContents} from the atlas; laid out by {@link HandoutBuilder}. Lists are never null.
 *
 * @param title        large heading: the muscle's name, or where it hurts
 * @param subtitle     one line under the title (side, what this sheet is)
 * @param figure       what the figure shows (drawn without its raster legend; the PDF draws a legend in text)
 * @param aboutHeading heading of the text beside the figure
 * @param about        plain-language paragraphs beside the figure
 * @param whereItHurts "Main pain area: ...", "May also spread to: ..." lines
 * @param candidates   for a pain-finder handout: the ranked muscles with their reasons; else empty
 * @param selfCare     things to do at home, each with numbered steps
 * @param precautions  things to be careful about
 * @param redFlags     when to see a doctor
 * @param note         the therapist's note, or null for ruled lines to write on
 * @param sources      full citations of the pattern's sources
 * @param atlasLine    which atlas (title and version) the handout was made from
 */
public record HandoutContent(String title, String subtitle, FigureRequest figure, String aboutHeading,
                             List<String> about, List<String> whereItHurts, List<Candidate> candidates,
                             List<SelfCare> selfCare, List<String> precautions, List<Flag> redFlags,
                             String note, List<String> sources, String atlasLine) {
    public HandoutContent {
        about = List.copyOf(about);
        whereItHurts = List.copyOf(whereItHurts);
        candidates = List.copyOf(candidates);
        selfCare = List.copyOf(selfCare);
        precautions = List.copyOf(precautions);
        redFlags = List.copyOf(redFlags);
        sources = List.copyOf(sources);
        note = note == null || note.isBlank() ? null : note.strip();
    }

    /** A candidate muscle of a pain-finder handout: its rank, name and why, in plain words. */
    public record Candidate(int rank, String name, String reason, String summary) {
    }

    /** One self-care technique: what it is, how it applies to this muscle, and its steps. */
    public record SelfCare(String name, String plainLanguage, String muscleNote, List<String> steps) {
        public SelfCare {
            steps = List.copyOf(steps);
        }
    }

    /** A warning sign: its title and what to do. */
    public record Flag(String title, String text) {
    }

    /** Longest note kept when a handout must be shortened to fit its one page. */
    static final int SHORT_NOTE = 400;

    /**
     * The same content one step shorter, for a page that would overflow even in the smallest type: first
     * fewer candidate muscles (at least three), then fewer self-care techniques (at least one), then fewer
     * paragraphs beside the figure, then a shorter note; last, the safety part is shortened but never
     * emptied: red flags down to the most specific two plus the general "not getting better" line,
     * precautions down to one plus the general line (the app lists them all). Null when nothing more can go.
     */
    HandoutContent shortened() {
        if (candidates.size() > 3) {
            return copy(candidates.subList(0, candidates.size() - 1), selfCare, about, note);
        }
        if (selfCare.size() > 1) {
            return copy(candidates, selfCare.subList(0, selfCare.size() - 1), about, note);
        }
        if (about.size() > 1) {
            return copy(candidates, selfCare, about.subList(0, about.size() - 1), note);
        }
        if (note != null && note.length() > SHORT_NOTE) {
            return copy(candidates, selfCare, about, note.substring(0, SHORT_NOTE - 1).strip() + "\u2026");
        }
        if (redFlags.size() > 3) {
            return new HandoutContent(title, subtitle, figure, aboutHeading, about, whereItHurts, candidates,
                    selfCare, precautions, withoutSecondToLast(redFlags), note, sources, atlasLine);
        }
        if (precautions.size() > 2) {
            return new HandoutContent(title, subtitle, figure, aboutHeading, about, whereItHurts, candidates,
                    selfCare, withoutSecondToLast(precautions), redFlags, note, sources, atlasLine);
        }
        return null;
    }

    /** Drops the last specific item and keeps the general one that closes the list. */
    private static <T> List<T> withoutSecondToLast(List<T> list) {
        List<T> shorter = new java.util.ArrayList<>(list.subList(0, list.size() - 2));
        shorter.add(list.get(list.size() - 1));
        return shorter;
    }

    private HandoutContent copy(List<Candidate> c, List<SelfCare> s, List<String> a, String n) {
        return new HandoutContent(title, subtitle, figure, aboutHeading, a, whereItHurts, c, s, precautions,
                redFlags, n, sources, atlasLine);
    }

    /** The same content with another therapist's note. */
    public HandoutContent withNote(String newNote) {
        return new HandoutContent(title, subtitle, figure, aboutHeading, about, whereItHurts, candidates, selfCare,
                precautions, redFlags, newNote, sources, atlasLine);
    }
}
