package org.referralatlas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;

/** The shipped logback.xml: a real binding, a rolling file in the folder the property names, causes kept. */
class LoggingConfigTest {
    @TempDir
    Path logs;

    @Test
    void slf4jIsBoundToLogbackAndTheTestsLogIntoTheBuildFolder() {
        assertTrue(org.slf4j.LoggerFactory.getILoggerFactory() instanceof LoggerContext,
                "SLF4J must be bound to Logback, not to a no-op");
        String folder = System.getProperty("referral.atlas.logs");
        assertTrue(folder != null && !folder.startsWith(System.getProperty("user.home") + "/.referral-atlas"),
                "surefire must point referral.atlas.logs away from the home folder: " + folder);
    }

    @Test
    void anErrorIsWrittenWithItsCauseToTheRollingFile() throws Exception {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        context.start();
        context.putProperty("referral.atlas.logs", logs.toString());
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(LoggingConfigTest.class.getResource("/logback.xml"));
        Logger log = context.getLogger("org.referralatlas.ui.shell.ExportActions");
        log.error("export failed", new IllegalStateException("outer", new IOException("disk full")));
        log.debug("not at debug level");
        context.stop();

        Path file = logs.resolve("referral-atlas.log");
        String text = Files.readString(file);
        assertTrue(text.lines().anyMatch(l -> l.contains(" ERROR ") && l.contains("ExportActions - export failed")), text);
        assertTrue(text.contains("java.lang.IllegalStateException: outer"), text);
        assertTrue(text.contains("Caused by: java.io.IOException: disk full"), text);
        assertTrue(text.contains("\tat org.referralatlas.LoggingConfigTest"), "stack trace kept: " + text);
        assertEquals(-1, text.indexOf("not at debug level"));
    }
}
