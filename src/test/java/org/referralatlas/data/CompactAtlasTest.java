package org.referralatlas.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.referralatlas.model.Atlas;

/** The build's pre-read copy of the bundled atlas (CompactAtlas) is the atlas the JSON loads to, or is not used. */
class CompactAtlasTest {
    private static final Atlas CHECKED = new AtlasLoader().loadBundled().atlas();

    @Test
    void theBuildsCompactCopyIsTheAtlasTheJsonLoadsTo() {
        Atlas compact = CompactAtlas.readBundled();
        assertNotNull(compact, "the build writes " + CompactAtlas.RESOURCE + " and it matches the JSON files");
        SameAtlas.assertSame(CHECKED, compact);
    }

    @Test
    void theAppsLoadOfTheBundledAtlasReadsTheCompactCopy() {
        AtlasLoader.Result asBuilt = new AtlasLoader().loadBundledAsBuilt();
        assertEquals(java.util.List.of(), asBuilt.problems());
        SameAtlas.assertSame(CHECKED, asBuilt.atlas());
    }

    @Test
    void aCopyWrittenNowRoundTripsToAnEqualAtlas() throws IOException {
        CompactAtlas.Recording files = new CompactAtlas.Recording(new BundledAtlasSource());
        Atlas atlas = new AtlasLoader().load(files).atlas();
        assertTrue(files.crcs.containsKey(AtlasLoader.MANIFEST) && files.crcs.size() > 10, files.crcs.keySet()::toString);
        Atlas back = read(CompactAtlas.bytes(atlas, files.crcs), new BundledAtlasSource());
        SameAtlas.assertSame(atlas, back);
    }

    @Test
    void aJsonFileChangedSinceTheBuildMakesTheCopyUnused() throws IOException {
        CompactAtlas.Recording files = new CompactAtlas.Recording(new BundledAtlasSource());
        byte[] copy = CompactAtlas.bytes(new AtlasLoader().load(files).atlas(), files.crcs);
        String edited = files.crcs.keySet().stream().filter(f -> f.startsWith("muscles/")).findFirst().orElseThrow();
        AtlasSource oneFileEdited = new AtlasSource() {
            @Override
            public byte[] read(String path, long maxBytes) throws AtlasReadException {
                byte[] bytes = new BundledAtlasSource().read(path, maxBytes);
                return path.equals(edited) ? (new String(bytes, StandardCharsets.UTF_8) + " ").getBytes(StandardCharsets.UTF_8)
                        : bytes;
            }

            @Override
            public String describe() {
                return "edited";
            }
        };
        assertNull(read(copy, oneFileEdited));
    }

    @Test
    void aTruncatedCopyIsAnErrorNotAnAtlas() throws IOException {
        CompactAtlas.Recording files = new CompactAtlas.Recording(new BundledAtlasSource());
        byte[] copy = CompactAtlas.bytes(new AtlasLoader().load(files).atlas(), files.crcs);
        assertThrows(EOFException.class, () -> read(Arrays.copyOf(copy, copy.length / 2), new BundledAtlasSource()));
        byte[] notOurs = copy.clone();
        notOurs[0] ^= 1;
        assertNull(read(notOurs, new BundledAtlasSource()));
    }

    @Test
    void aCopyWrittenForOtherModelClassesIsRefused() throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.DataOutputStream out = new java.io.DataOutputStream(bytes)) {
            new RecordCodec().write(out, org.referralatlas.model.Point.class, new org.referralatlas.model.Point(1, 2));
            new RecordCodec().write(out, org.referralatlas.model.Layer.class, org.referralatlas.model.Layer.DEEP);
        }
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));
        // A record read as another record of a different shape, an enum as another enum: both refused.
        IOException record = assertThrows(IOException.class,
                () -> new RecordCodec().read(in, org.referralatlas.model.ViewBox.class));
        assertTrue(record.getMessage().contains("ViewBox"), record.getMessage());
        DataInputStream again = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));
        RecordCodec codec = new RecordCodec();
        assertEquals(new org.referralatlas.model.Point(1, 2), codec.read(again, org.referralatlas.model.Point.class));
        assertThrows(IOException.class, () -> codec.read(again, org.referralatlas.model.Side.class));
    }

    private static Atlas read(byte[] bytes, AtlasSource json) throws IOException {
        return CompactAtlas.read(new DataInputStream(new ByteArrayInputStream(bytes)), json);
    }
}
