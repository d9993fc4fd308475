package org.referralatlas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.referralatlas.data.AtlasLoader;
import org.referralatlas.model.Atlas;

/**
 * The README's opening paragraph counts what the bundled atlas holds; it went stale once (48 muscles
 * and 32 regions after the shoulder brought 51 and 43). The counts are read from the README and from the atlas.
 */
class ReadmeFactsTest {
    private static final Atlas BUNDLED = new AtlasLoader().loadBundled().atlas();

    private static int count(String readme, String what) {
        Matcher m = Pattern.compile("(\\d+) " + Pattern.quote(what)).matcher(readme);
        if (!m.find()) {
            throw new AssertionError("README.md no longer says how many " + what);
        }
        return Integer.parseInt(m.group(1));
    }

    @Test
    void theOpeningCountsAreTheBundledAtlas() throws IOException {
        String readme = Files.readString(Path.of("README.md")).replaceAll("\\s+", " ");
        String intro = readme.substring(0, readme.indexOf("## Install"));
        assertEquals(BUNDLED.muscles().size(), count(intro, "muscles and divisions"));
        assertEquals(BUNDLED.regions().size(), count(intro, "pain regions"));
        assertEquals(BUNDLED.techniques().size(), count(intro, "techniques"));
        assertEquals(BUNDLED.redFlags().size(), count(intro, "red flags"));
    }
}
