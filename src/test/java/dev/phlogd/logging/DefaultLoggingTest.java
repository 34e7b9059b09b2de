package dev.phlogd.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.status.StatusListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/**
 * The default logging set up in code is what logback makes of the default file, and it is used
 * only for that file: an edited copy, any other file and the tests' own file go to logback.
 */
class DefaultLoggingTest {
    private static final String PROPERTY = "logback.configurationFile";

    @Test
    void theShippedFileIsTheDefaultTheJarCarries() throws Exception {
        assertThat(Files.readString(Path.of("config/logback.xml")))
                .isEqualTo(Files.readString(Path.of("src/main/resources/logback.xml")));
    }

    @Test
    void codeSetsUpWhatLogbackReadsInTheDefaultFile() throws Exception {
        LoggerContext read = new LoggerContext();
        JoranConfigurator joran = new JoranConfigurator();
        joran.setContext(read);
        joran.doConfigure(Path.of("config/logback.xml").toFile());
        LoggerContext coded = new LoggerContext();
        DefaultLogging.apply(coded);
        try {
            assertThat(describe(coded)).isEqualTo(describe(read));
            LoggingEvent event = new LoggingEvent();
            event.setLevel(Level.WARN);
            event.setLoggerName("dev.phlogd.server.GopherServer");
            event.setMessage("port \"7070\" is taken");
            event.setTimeStamp(1_764_633_600_123L);
            assertThat(new String(encoder(coded).encode(event)))
                    .isEqualTo(new String(encoder(read).encode(event)));
        } finally {
            read.stop();
            coded.stop();
        }
    }

    @Test
    @ResourceLock(Resources.SYSTEM_PROPERTIES)
    void aCopyOfTheDefaultIsSetUpInCodeAndAnythingElseIsLeftToLogback(@TempDir Path dir) throws Exception {
        Path copy = dir.resolve("logback.xml");
        Files.copy(Path.of("config/logback.xml"), copy);
        Path edited = dir.resolve("edited.xml");
        Files.writeString(edited, Files.readString(copy).replace("level=\"INFO\"", "level=\"DEBUG\""));
        String before = System.getProperty(PROPERTY);
        try {
            System.setProperty(PROPERTY, copy.toString());
            assertThat(configure()).isEqualTo(ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
            System.setProperty(PROPERTY, copy.toUri().toString());
            assertThat(configure()).isEqualTo(ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
            System.setProperty(PROPERTY, edited.toString());
            assertThat(configure()).isEqualTo(ExecutionStatus.INVOKE_NEXT_IF_ANY);
            System.setProperty(PROPERTY, dir.resolve("missing.xml").toString());
            assertThat(configure()).isEqualTo(ExecutionStatus.INVOKE_NEXT_IF_ANY);
            // Unset: logback would read logback-test.xml from the test class path, so it does.
            System.clearProperty(PROPERTY);
            assertThat(configure()).isEqualTo(ExecutionStatus.INVOKE_NEXT_IF_ANY);
        } finally {
            if (before == null) {
                System.clearProperty(PROPERTY);
            } else {
                System.setProperty(PROPERTY, before);
            }
        }
    }

    private static ExecutionStatus configure() {
        LoggerContext context = new LoggerContext();
        try {
            return new DefaultLogging().configure(context);
        } finally {
            context.stop();
        }
    }

    private static List<String> describe(LoggerContext context) {
        List<String> out = new ArrayList<>();
        for (StatusListener l : context.getStatusManager().getCopyOfStatusListenerList()) {
            out.add("status listener " + l.getClass().getName());
        }
        for (ch.qos.logback.classic.Logger logger : context.getLoggerList()) {
            if (logger.getLevel() != null) {
                out.add(logger.getName() + " " + logger.getLevel() + " additive=" + logger.isAdditive());
            }
            for (Iterator<Appender<ILoggingEvent>> it = logger.iteratorForAppenders(); it.hasNext(); ) {
                Appender<ILoggingEvent> a = it.next();
                out.add(logger.getName() + " -> " + a.getName() + " "
                        + a.getClass().getName() + " started=" + a.isStarted());
            }
        }
        PatternLayoutEncoder encoder = encoder(context);
        out.add("pattern " + encoder.getPattern() + " charset " + encoder.getCharset());
        return out;
    }

    private static PatternLayoutEncoder encoder(LoggerContext context) {
        BufferedConsoleAppender console = (BufferedConsoleAppender)
                context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("CONSOLE");
        return (PatternLayoutEncoder) console.encoder();
    }
}
