package org.referralatlas.data;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.FigureView;
import org.referralatlas.model.Manifest;
import org.referralatlas.model.Muscle;
import org.referralatlas.model.MuscleGroup;
import org.referralatlas.model.PainGuide;
import org.referralatlas.model.PainRegion;
import org.referralatlas.model.RedFlag;
import org.referralatlas.model.Symptom;
import org.referralatlas.model.Technique;

/**
 * The bundled atlas pre-read at build time: the build (process-classes, see the pom) loads the bundled
 * JSON with every check and writes the resulting model here in {@link RecordCodec}'s binary form, so
 * the app's start reads it without Jackson (some 600 classes and the JSON parse, most of a cold load).
 *
 * <p>The file begins with the CRC-32 of every atlas file the build read. {@link #readBundled()} reads
 * those files again and uses the compact copy only when all match; otherwise (an IDE that copied
 * edited JSON without running the build's step, a missing file) it returns null and the caller loads
 * the JSON, so an edited atlas is never shown stale. {@code CompactAtlasTest} proves the copy loads to
 * the same atlas as the JSON.
 */
public final class CompactAtlas {
    /** Classpath resource of the compact copy, beside (not inside) the bundled atlas folder. */
    public static final String RESOURCE = "org/referralatlas/atlas.compact";
    private static final int MAGIC = 0x52414331; // "RAC1"
    private static final Type[] PARTS = {FigureView.class, PainRegion.class, Symptom.class, Muscle.class,
            Technique.class, RedFlag.class, PainGuide.class, MuscleGroup.class};

    private CompactAtlas() {
    }

    /**
     * Build step: {@code CompactAtlas <output file>}; throws (failing the build, which runs it inside
     * Maven's JVM, so it must not call System.exit) unless the bundled atlas passes every check.
     */
    public static void main(String[] args) throws IOException {
        Recording source = new Recording(new BundledAtlasSource());
        AtlasLoader.Result result = new AtlasLoader().load(source);
        if (!result.ok()) {
            throw new IllegalStateException("the bundled atlas has problems:\n" + String.join("\n",
                    result.problems().stream().map(AtlasProblem::format).toList()));
        }
        Path out = Path.of(args[0]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (DataOutputStream data = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(out)))) {
            write(result.atlas(), source.crcs, data);
        }
    }

    static void write(Atlas atlas, Map<String, Long> files, DataOutputStream out) throws IOException {
        out.writeInt(MAGIC);
        out.writeInt(files.size());
        for (Map.Entry<String, Long> f : files.entrySet()) {
            out.writeUTF(f.getKey());
            out.writeLong(f.getValue());
        }
        RecordCodec codec = new RecordCodec();
        codec.write(out, Manifest.class, atlas.manifest());
        List<List<?>> parts = List.of(List.copyOf(atlas.views()), List.copyOf(atlas.regions()),
                List.copyOf(atlas.symptoms()), List.copyOf(atlas.muscles()), List.copyOf(atlas.techniques()),
                atlas.redFlags(), List.copyOf(atlas.painGuides()), List.copyOf(atlas.groups()));
        for (int i = 0; i < PARTS.length; i++) {
            out.writeInt(parts.get(i).size());
            for (Object item : parts.get(i)) {
                codec.write(out, PARTS[i], item);
            }
        }
    }

    /** The bundled atlas from its compact copy; null when there is none or the JSON it came from changed. */
    static Atlas readBundled() {
        InputStream raw = CompactAtlas.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (raw == null) {
            return null;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
            return read(in, new BundledAtlasSource());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    static Atlas read(DataInputStream in, AtlasSource jsonFiles) throws IOException {
        if (in.readInt() != MAGIC) {
            return null;
        }
        int files = in.readInt();
        for (int i = 0; i < files; i++) {
            String path = in.readUTF();
            long crc = in.readLong();
            try {
                if (crc(jsonFiles.read(path, Limits.DEFAULT.maxFileBytes())) != crc) {
                    return null;
                }
            } catch (AtlasSource.AtlasReadException gone) {
                return null;
            }
        }
        RecordCodec codec = new RecordCodec();
        Manifest manifest = (Manifest) codec.read(in, Manifest.class);
        List<List<Object>> parts = new ArrayList<>();
        for (Type part : PARTS) {
            int n = in.readInt();
            List<Object> items = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                items.add(codec.read(in, part));
            }
            parts.add(items);
        }
        return new Atlas(manifest, cast(parts.get(0)), cast(parts.get(1)), cast(parts.get(2)), cast(parts.get(3)),
                cast(parts.get(4)), cast(parts.get(5)), cast(parts.get(6)), cast(parts.get(7)));
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> cast(List<Object> items) {
        return (List<T>) (List<?>) items;
    }

    private static long crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }

    /** An atlas source that notes the CRC-32 of every file read through it, in the order read. */
    static final class Recording implements AtlasSource {
        private final AtlasSource source;
        final Map<String, Long> crcs = new LinkedHashMap<>();

        Recording(AtlasSource source) {
            this.source = source;
        }

        @Override
        public byte[] read(String relativePath, long maxBytes) throws AtlasReadException {
            byte[] bytes = source.read(relativePath, maxBytes);
            crcs.put(relativePath, crc(bytes));
            return bytes;
        }

        @Override
        public String describe() {
            return source.describe();
        }
    }

    /** The compact form of an atlas, for tests. */
    static byte[] bytes(Atlas atlas, Map<String, Long> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            write(atlas, files, out);
        }
        return bytes.toByteArray();
    }
}
