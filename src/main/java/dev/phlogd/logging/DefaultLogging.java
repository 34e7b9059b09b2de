package dev.phlogd.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.util.ContextInitializer;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.status.NopStatusListener;
import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * phlogd's default logging, set up in code when the configuration logback would read is the
 * default one, word for word: the {@code logback.xml} the jar carries, which
 * {@code config/logback.xml} repeats. Logback reading that file (an XML parser, its configuration
 * model and the handlers of that model, loaded the first time) took about 100 ms of every start,
 * before anything else could begin; this is what the file says, in a few calls. Any other file,
 * an edited copy included, is left to logback, as are {@code logback-test.xml} on the class path
 * and a {@code logback.configurationFile} naming something else.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class DefaultLogging extends ContextAwareBase implements Configurator {
    static final String PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level %logger{0} %msg%n";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        ClassLoader loader = DefaultLogging.class.getClassLoader();
        URL chosen = chosenByLogback(loader);
        URL standard = loader.getResource(ContextInitializer.AUTOCONFIG_FILE);
        if (chosen == null || standard == null || !(sameUrl(chosen, standard) || sameBytes(chosen, standard))) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        apply(context);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** What the default file sets up: its status listener, appender, encoder and levels. */
    static void apply(LoggerContext context) {
        NopStatusListener quiet = new NopStatusListener();
        context.getStatusManager().add(quiet);
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        BufferedConsoleAppender console = new BufferedConsoleAppender();
        console.setContext(context);
        console.setName("CONSOLE");
        console.setEncoder(encoder);
        console.start();
        context.getLogger("io.netty").setLevel(Level.WARN);
        ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(console);
    }

    /** The file logback's own search would read: the named one, else the test file, else the default. */
    static URL chosenByLogback(ClassLoader loader) {
        String named = System.getProperty(ContextInitializer.CONFIG_FILE_PROPERTY);
        if (named != null) {
            try {
                return new URL(named);
            } catch (MalformedURLException notUrl) {
                try {
                    return Path.of(named).toUri().toURL();
                } catch (MalformedURLException | java.nio.file.InvalidPathException e) {
                    return null;
                }
            }
        }
        URL test = loader.getResource(ContextInitializer.TEST_AUTOCONFIG_FILE);
        return test != null ? test : loader.getResource(ContextInitializer.AUTOCONFIG_FILE);
    }

    /** By its text: a run with no file named reads the jar's own, with nothing to compare. */
    private static boolean sameUrl(URL a, URL b) {
        return a.toString().equals(b.toString());
    }

    private static boolean sameBytes(URL a, URL b) {
        try (InputStream in = a.openStream();
                InputStream standard = b.openStream()) {
            return Arrays.equals(in.readAllBytes(), standard.readAllBytes());
        } catch (IOException e) {
            // Unreadable: logback reads it (or fails to) and says so in its own words.
            return false;
        }
    }
}
