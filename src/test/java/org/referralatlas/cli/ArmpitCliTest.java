package org.referralatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referralatlas.cli.CliTest.Run;

/** `lookup armpit`: the red flags first, then the trigger points that lie in the armpit, said to be local pain. */
class ArmpitCliTest {
    @Test
    void theTextWarnsFirstThenListsTheSitesAsLocalPain() {
        Run r = CliTest.run("lookup", "under the arm");
        assertEquals(0, r.code(), r.err());
        String out = r.out();
        int flags = out.indexOf("RED FLAGS");
        int lump = out.indexOf("A lump or swelling in the armpit");
        int heart = out.indexOf("armpit or left-arm pain that could be the heart");
        int sites = out.indexOf("Trigger points that lie there (local pain and tenderness");
        assertTrue(flags >= 0 && lump > flags && heart > flags && sites > lump && sites > heart, out);
        assertTrue(out.contains("No muscle in this atlas refers pain there; trigger points lie there"), out);
        int lat = out.indexOf("Latissimus dorsi, in the armpit");
        int pec = out.indexOf("Pectoralis major, in the armpit");
        assertTrue(lat > sites && pec > lat, out);
        assertTrue(out.contains("posterior axillary fold") && out.contains("travell-simons-1999, ch. 24"), out);
    }

    @Test
    void theJsonCarriesTheFlagsAndTheSitesApartFromTheCandidates() throws java.io.IOException {
        Run r = CliTest.run("lookup", "--json", "axilla");
        assertEquals(0, r.code(), r.err());
        JsonNode json = r.json();
        assertEquals(0, json.get("candidates").size());
        List<String> sites = new ArrayList<>();
        json.get("sites").forEach(s -> sites.add(s.get("muscle").asText()));
        assertEquals(List.of("latissimus-dorsi", "teres-major", "subscapularis", "pectoralis-major"), sites);
        assertEquals("subscapularis-tp2", json.get("sites").get(2).get("triggerPoints").get(1).asText());
        List<String> flags = new ArrayList<>();
        json.get("redFlags").forEach(f -> flags.add(f.get("id").asText()));
        assertTrue(flags.contains("armpit-lump-breast-change") && flags.contains("cardiac-chest-arm-pain"),
                flags.toString());
    }

    @Test
    void aDrawingOfTheArmpitWarnsFirstAndNamesTheTriggerPointsThatLieThere(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("armpit.json");
        Files.writeString(file, """
                {"format": "referral-atlas-drawing", "version": 1, "views": [{"view": "anterior", "side": "right",
                 "strokes": [{"intensity": "moderate", "radius": 4, "erase": false,
                              "points": [[249, 414], [253, 422], [257, 428]]}]}]}
                """);
        Run r = CliTest.run("rank-drawing", file.toString());
        assertEquals(0, r.code(), r.err());
        String out = r.out();
        int flags = out.indexOf("RED FLAGS");
        int lump = out.indexOf("A lump or swelling in the armpit");
        int sites = out.indexOf("Trigger points that lie there");
        assertTrue(flags > 0 && lump > flags && sites > lump && out.indexOf("Subscapularis, in the armpit") > sites, out);

        Run json = CliTest.run("rank-drawing", "--json", file.toString());
        assertEquals(0, json.code(), json.err());
        List<String> painted = new ArrayList<>();
        json.json().get("paintedRegions").forEach(p -> painted.add(p.asText()));
        assertTrue(painted.contains("armpit"), painted.toString());
        List<String> ids = new ArrayList<>();
        json.json().get("redFlags").forEach(f -> ids.add(f.get("id").asText()));
        assertTrue(ids.contains("armpit-lump-breast-change"), ids.toString());
        assertEquals("latissimus-dorsi", json.json().get("sites").get(0).asText());
    }

    @Test
    void theMuscleCommandSaysWhereATriggerPointLies() {
        Run r = CliTest.run("muscle", "teres major");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("lies in (local pain and tenderness, not referral): Armpit"), r.out());
    }
}
