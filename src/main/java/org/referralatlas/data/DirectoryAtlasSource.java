package org.referralatlas.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

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
            if (Files.isDirectory(real, LinkOption.NOFOLLOW_LINKS)) {
                throw new AtlasReadException("\"" + relativePath + "\" is a folder, not a file");
            }
            if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
                throw new AtlasReadException("\"" + relativePath + "\" is not a regular file");
            }
            long size = Files.size(real);
            if (size > maxBytes) {
                throw new AtlasReadException("file \"" + relativePath + "\" is " + size
                        + " bytes, more than the limit of " + maxBytes + " bytes");
            }
            try (InputStream in = Files.newInputStream(real)) {
                byte[] bytes = in.readNBytes((int) maxBytes + 1);
                if (bytes.length > maxBytes) {
                    throw new AtlasReadException("file \"" + relativePath + "\" is larger than the limit of " + maxBytes
                            + " bytes");
                }
                return bytes;
            }
        } catch (NoSuchFileException e) {
            throw new AtlasReadException("file not found: " + relativePath, e);
        } catch (IOException e) {
            throw new AtlasReadException("cannot read " + relativePath + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String describe() {
        return root.toString();
    }
}
