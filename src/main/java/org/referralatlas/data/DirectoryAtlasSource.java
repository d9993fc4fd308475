package org.referralatlas.data;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.referralatlas.io.BoundedFiles;

/** An atlas in a directory. Symbolic links that lead outside the directory are refused. */
public final class DirectoryAtlasSource implements AtlasSource {
    private final Path root;

    public DirectoryAtlasSource(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    @Override
    public byte[] read(String relativePath, long maxBytes) throws AtlasReadException {
        String bad = AtlasSource.checkRelativePath(relativePath);
        if (bad != null) {
            throw new AtlasReadException(bad);
        }
        Path file = root.resolve(relativePath).normalize();
        try {
            Path realRoot = root.toRealPath();
            Path real = file.toRealPath();
            if (!real.startsWith(realRoot)) {
                throw new AtlasReadException("file \"" + relativePath + "\" leads outside the atlas folder");
            }
            return BoundedFiles.read(real, relativePath, maxBytes);
        } catch (BoundedFiles.UnreadableException e) {
            throw new AtlasReadException(e.getMessage(), e);
        } catch (NoSuchFileException e) {
            throw new AtlasReadException("file not found: " + relativePath, e);
        } catch (IOException e) {
            throw new AtlasReadException("cannot read " + relativePath + ": " + BoundedFiles.reason(e), e);
        }
    }

    @Override
    public String describe() {
        return root.toString();
    }
}
