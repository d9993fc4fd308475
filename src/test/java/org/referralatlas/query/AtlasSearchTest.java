package org.referralatlas.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.referralatlas.TestAtlases;

class AtlasSearchTest {
    private final AtlasSearch search = new AtlasSearch(TestAtlases.mini());

    @ParameterizedTest(name = "\"{0}\" finds {1}")
    @CsvSource({
        "SCM, sternocleidomastoid-sternal",
        "scm, sternocleidomastoid-sternal",
        "traps, upper-trapezius",
        "sternocleido, sternocleidomastoid-sternal",
        "Sterno-cleido, sternocleidomastoid-sternal",
        "temporalis, temporalis",
        "tempralis, temporalis",
        "suboccipital, suboccipitals",
        "trapezius, upper-trapezius",
        "musculus temporalis, temporalis",
        "behind the eye, behind-the-eye",
        "back of the head, occiput",
        "dizzyness, dizziness",
        "ischemic compression, ischaemic-compression",
    })
    void findsByNameLatinAbbreviationSynonymAndDespiteTypos(String query, String expectedFirst) {
        List<SearchHit> hits = search.search(query, 5);
        assertTrue(!hits.isEmpty(), "no hit for " + query);
        assertEquals(expectedFirst, hits.get(0).id());
    }

    @Test
    void exactMatchesOutrankPrefixAndFuzzyMatches() {
        List<SearchHit> hits = search.search("temporalis", 5);
        assertEquals(1.0, hits.get(0).score());
        assertTrue(hits.stream().skip(1).allMatch(h -> h.score() < 1.0));
    }

    @Test
    void unrelatedTextFindsNothing() {
        assertEquals(List.of(), search.search("zzzz", 5));
        assertEquals(List.of(), search.search("   ", 5));
    }

    @Test
    void scoreRuleIsOrdered() {
        assertEquals(1.0, AtlasSearch.score("temple", "temple"));
        assertEquals(0.9, AtlasSearch.score("temp", "temple"));
        assertEquals(0.8, AtlasSearch.score("clav", "sternocleidomastoid clavicular"));
        assertEquals(0.7, AtlasSearch.score("cleido", "sternocleidomastoid"));
        assertEquals(0.5, AtlasSearch.score("tempel", "temple"), 1e-9);
        assertEquals(0, AtlasSearch.score("xyz", "temple"));
    }
}
