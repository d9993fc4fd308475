package org.referralatlas.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.referralatlas.data.AtlasSource.AtlasReadException;

/**
 * Atlases that try to make the loader read outside the atlas folder: symbolic links, climbing and
 * absolute paths in the manifest. Each is refused with one located problem, the outside file unread.
 */
class HostileAtlasPathsTest extends HostileAtlasFixture {
    @Test
    void baseLoadsUnderTheSmallLimits() {
        assertEquals(List.of(), lines(load(SMALL)));
    }

    @Test
    void symlinkToAFileOutsideIsRefusedUnread() throws IOException {
        replaceWithLink("symptoms.json", outside.resolve("secret.json"));
        assertProblems(Limits.DEFAULT,
                "atlas.json:13:18: $.files.symptoms[0]: file \"symptoms.json\" leads outside the atlas folder");
    }

    @Test
    void symlinkedFolderLeadingOutsideIsRefused() throws IOException {
        Path muscles = atlas.resolve("muscles");
        Path elsewhere = outside.resolve("muscles");
        Files.move(muscles, elsewhere);
        Files.createSymbolicLink(muscles, elsewhere);
        assertProblems(Limits.DEFAULT,
                "atlas.json:14:17: $.files.muscles[0]: file \"muscles/trapezius.json\" leads outside the atlas folder",
                "atlas.json:14:43: $.files.muscles[1]: file \"muscles/suboccipitals.json\" leads outside the atlas "
                        + "folder");
    }

    @Test
    void manifestThatIsASymlinkOutsideIsRefused() throws IOException {
        Files.copy(atlas.resolve("atlas.json"), outside.resolve("atlas.json"));
        replaceWithLink("atlas.json", outside.resolve("atlas.json"));
        assertProblems(Limits.DEFAULT, "atlas.json:0:0: file \"atlas.json\" leads outside the atlas folder");
    }

    @Test
    void symlinkThatStaysInsideIsFollowed() throws IOException {
        Files.move(atlas.resolve("symptoms.json"), atlas.resolve("views/symptoms-real.json"));
        Files.createSymbolicLink(atlas.resolve("symptoms.json"), Path.of("views/symptoms-real.json"));
        assertProblems(Limits.DEFAULT);
    }

    @Test
    void manifestPathClimbingOutIsRefusedUnread() throws IOException {
        editManifest("\"symptoms\": [\"symptoms.json\"]",
                "\"symptoms\": [\"symptoms.json\", \"../outside.json\", \"views/../../outside.json\"]");
        assertProblems(Limits.DEFAULT,
                "atlas.json:13:35: $.files.symptoms[1]: file path \"../outside.json\" must stay inside the atlas folder",
                "atlas.json:13:54: $.files.symptoms[2]: file path \"views/../../outside.json\" must stay inside the "
                        + "atlas folder");
    }

    @Test
    void manifestListingEtcPasswdIsRefused() throws IOException {
        editManifest("\"symptoms\": [\"symptoms.json\"]", "\"symptoms\": [\"/etc/passwd\"]");
        assertProblems(Limits.DEFAULT,
                "atlas.json:13:18: $.files.symptoms[0]: \"/etc/passwd\" is not a relative path to a .json file");
    }

    /** The schema stops absolute paths first; the source must refuse them on its own as well. */
    @Test
    void directorySourceRefusesAbsoluteAndClimbingPathsItself() {
        DirectoryAtlasSource source = new DirectoryAtlasSource(atlas);
        for (String path : List.of("/etc/passwd", "../outside.json", "views/../../outside.json", "C:/x.json",
                "views\\..\\..\\outside.json")) {
            AtlasReadException e = assertThrows(AtlasReadException.class, () -> source.read(path, 1 << 20));
            assertTrue(e.getMessage().startsWith("file path \"" + path + "\" must"), e.getMessage());
        }
    }

    private void replaceWithLink(String name, Path target) throws IOException {
        Files.delete(atlas.resolve(name));
        Files.createSymbolicLink(atlas.resolve(name), target);
    }
}
