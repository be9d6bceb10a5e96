package id.go.tangerangkota.mpp.hub.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxy;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.Environment;
import org.springframework.mock.env.MockEnvironment;

/**
 * NIK masking of log lines: the text masker itself, the logback converters of the text format and
 * the console encoder's JSON format with the hub's customizer.
 */
class NikMaskingTest {

    private static final String NIK = "3671011203850001";
    private static final String MASKED = "3671********0001";

    @Test
    void masksEveryNikInATextAndLeavesOtherNumbersAlone() {
        assertThat(NikMasking.mask("nik=" + NIK + ", mother " + "3671055208920002."))
                .isEqualTo("nik=" + MASKED + ", mother 3671********0002.");
        assertThat(NikMasking.mask("{\"nik\":\"" + NIK + "\"}")).isEqualTo("{\"nik\":\"" + MASKED + "\"}");
        assertThat(NikMasking.mask("/citizens/" + NIK + "/x")).isEqualTo("/citizens/" + MASKED + "/x");
        // Not NIKs: 15 or 17 digits, and 16 digits inside a hex or alphanumeric token (a trace id).
        assertThat(NikMasking.mask("bill 367101120385000 card 36710112038500012")).isEqualTo(
                "bill 367101120385000 card 36710112038500012");
        assertThat(NikMasking.mask("trace ab3671011203850001cd")).isEqualTo("trace ab3671011203850001cd");
        assertThat(NikMasking.mask(null)).isNull();
        assertThat(NikMasking.mask("short")).isEqualTo("short");
    }

    @Test
    void theTextConvertersMaskMessagesArgumentsAndStackTraces() {
        LoggerContext context = new LoggerContext();
        LoggingEvent event = event(context, new IllegalStateException("refused " + NIK,
                new IllegalArgumentException("nik=" + NIK)));

        MaskingMessageConverter message = new MaskingMessageConverter();
        message.setContext(context);
        message.start();
        MaskingThrowableConverter stack = new MaskingThrowableConverter();
        stack.setContext(context);
        stack.start();

        assertThat(message.convert(event)).isEqualTo("Citizen " + MASKED + " asked, argument " + MASKED);
        String trace = stack.convert(event);
        assertThat(trace).doesNotContain(NIK).contains("IllegalStateException: refused " + MASKED)
                .contains("IllegalArgumentException: nik=" + MASKED);
    }

    @Test
    void jsonLinesCarryTheIdsAndOnlyMaskedNiks() {
        LoggerContext context = new LoggerContext();
        MockEnvironment environment = new MockEnvironment()
                .withProperty("logging.structured.json.customizer", NikMaskingJsonCustomizer.class.getName());
        context.putObject(Environment.class.getName(), environment);
        ConsoleEncoder encoder = new ConsoleEncoder();
        encoder.setContext(context);
        encoder.setFormat("ecs");
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.start();
        LoggingEvent event = event(context, new IllegalStateException("refused " + NIK));
        event.setMDCPropertyMap(Map.of("traceId", "4bf92f3577b34da6a3ce929d0e0e4736", "spanId", "00f067aa0ba902b7",
                "requestId", "01a204e4-ff78-7f07-be53-3e8b98fd8c98"));

        String line = new String(encoder.encode(event), StandardCharsets.UTF_8);

        assertThat(encoder.isStructured()).isTrue();
        assertThat(line).startsWith("{").doesNotContain(NIK)
                .contains("\"message\":\"Citizen " + MASKED + " asked, argument " + MASKED + "\"")
                .contains("refused " + MASKED)
                .contains("\"traceId\":\"4bf92f3577b34da6a3ce929d0e0e4736\"")
                .contains("\"spanId\":\"00f067aa0ba902b7\"")
                .contains("\"requestId\":\"01a204e4-ff78-7f07-be53-3e8b98fd8c98\"");
    }

    @Test
    void withoutAFormatTheConsoleWritesTextLines() {
        LoggerContext context = new LoggerContext();
        ConsoleEncoder encoder = new ConsoleEncoder();
        encoder.setContext(context);
        encoder.setFormat(" ");
        encoder.setPattern("%level %msg%n");
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.start();

        assertThat(encoder.isStructured()).isFalse();
        // The plain %msg here is logback's own: the masking one is registered by logback-spring.xml.
        assertThat(new String(encoder.encode(event(context, null)), StandardCharsets.UTF_8))
                .isEqualTo("INFO Citizen " + NIK + " asked, argument " + NIK + System.lineSeparator());
    }

    private static LoggingEvent event(LoggerContext context, Throwable thrown) {
        Logger logger = context.getLogger("test");
        LoggingEvent event = new LoggingEvent(Logger.class.getName(), logger, Level.INFO,
                "Citizen " + NIK + " asked, argument {}", null, new Object[] {NIK});
        if (thrown != null) {
            event.setThrowableProxy(new ThrowableProxy(thrown));
        }
        return event;
    }
}
