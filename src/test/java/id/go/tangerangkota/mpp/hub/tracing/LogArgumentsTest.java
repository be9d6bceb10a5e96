package id.go.tangerangkota.mpp.hub.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import org.junit.jupiter.api.Test;

/** A caller's text cannot start a new log line (log injection) or hide a NIK. */
class LogArgumentsTest {

    @Test
    void lineBreaksAndControlCharactersInArgumentsAreEscaped() {
        assertThat(LogArguments.escape("key\r\n2026-01-01 INFO forged line")).isEqualTo("key\\r\\n2026-01-01 INFO forged line");
        assertThat(LogArguments.escape("a\u0000b\u2028c\td")).isEqualTo("a\\u0000b\\u2028c\td");
        assertThat(LogArguments.escape("plain")).isEqualTo("plain");
    }

    @Test
    void theMessageConverterEscapesArgumentsButKeepsTheHubsOwnLinesAndMasksNiks() {
        LoggerContext context = new LoggerContext();
        LoggingEvent event = new LoggingEvent("x", context.getLogger("test"), Level.INFO,
                "Refused {} for {}:\n  {}", null,
                new Object[] {"key\nFAKE 3671011203850001", 3671, "details"});

        String line = new MaskingMessageConverter().convert(event);

        assertThat(line).isEqualTo("Refused key\\nFAKE 3671********0001 for 3671:\n  details");
    }
}
