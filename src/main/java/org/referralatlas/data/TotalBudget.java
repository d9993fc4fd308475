package org.referralatlas.data;

import org.referralatlas.data.AtlasSource.AtlasReadException;

/** Caps the bytes of all files together, so that many files each under the per-file limit cannot exhaust memory. */
final class TotalBudget implements AtlasSource {
    private final AtlasSource source;
    private final long max;
    private long used;

    TotalBudget(AtlasSource source, long max) {
        this.source = source;
        this.max = max;
    }

    @Override
    public byte[] read(String relativePath, long maxBytes) throws AtlasReadException {
        byte[] bytes = source.read(relativePath, maxBytes);
        used += bytes.length;
        if (used > max) {
            throw new AtlasReadException("the atlas is larger than the limit of " + max + " bytes for all its "
                    + "files together; \"" + relativePath + "\" goes over it");
        }
        return bytes;
    }

    @Override
    public String describe() {
        return source.describe();
    }
}
