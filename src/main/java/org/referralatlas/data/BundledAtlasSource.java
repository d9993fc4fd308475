package org.referralatlas.data;

import java.io.IOException;
import java.io.InputStream;

/** The atlas bundled into the application jar (copied from {@code atlas-data/} at build time). */
public final class BundledAtlasSource implements AtlasSource {
    /** Classpath folder of the bundled atlas; also holds the JSON Schemas under {@code schema/}. */
    public static final String RESOURCE_ROOT = "org/referralatlas/atlas/";

    @Override
    public byte[] read(String relativePath, long maxBytes) throws AtlasReadException {
        String bad = AtlasSource.checkRelativePath(relativePath);
        if (bad != null) {
            throw new AtlasReadException(bad);
        }
        ClassLoader loader = BundledAtlasSource.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(RESOURCE_ROOT + relativePath)) {
            if (in == null) {
                throw new AtlasReadException("file not found in the bundled atlas: " + relativePath);
            }
            byte[] bytes = in.readNBytes((int) maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw new AtlasReadException("file is larger than the limit of " + maxBytes + " bytes");
            }
            return bytes;
        } catch (IOException e) {
            throw new AtlasReadException("cannot read " + relativePath + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String describe() {
        return "bundled atlas";
    }
}
