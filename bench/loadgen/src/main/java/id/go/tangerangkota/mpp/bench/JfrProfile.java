package id.go.tangerangkota.mpp.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * The hottest frames of a JFR recording's CPU samples ({@code jdk.ExecutionSample}): where the
 * hub's threads were running (the top frame, "self"), which packages that time belongs to, and
 * which of the hub's own methods were on the stack ("inclusive"), to tell its own costs from the
 * libraries' it calls.
 *
 * @param samples      CPU samples in the recording
 * @param selfFrames   top frames by samples
 * @param packages     top frames' packages (first three segments) by samples
 * @param hubInclusive hub methods ({@code id.go.tangerangkota}) by samples whose stack holds them
 * @param costCentres  samples by what they were doing: the first frame from the top that belongs to
 *                     a known cost (JSONata parsing, the database, tracing, ...), see {@link #CENTRES}
 */
public record JfrProfile(long samples, List<Map.Entry<String, Long>> selfFrames,
        List<Map.Entry<String, Long>> packages, List<Map.Entry<String, Long>> hubInclusive,
        List<Map.Entry<String, Long>> costCentres) {

    private static final int TOP = 20;
    private static final String HUB_PACKAGE = "id.go.tangerangkota.";

    /**
     * Cost centres in order of precedence, each with the frame-name prefixes that mark it. A sample
     * counts for the first centre one of its frames matches, walking from the top of the stack, so
     * time in a library called by the hub is the library's, and "hub code" is the hub's own.
     */
    static final List<Map.Entry<String, List<String>>> CENTRES = List.of(
            Map.entry("JSONata parsing", List.of("com.dashjoin.jsonata.Parser", "com.dashjoin.jsonata.Tokenizer",
                    "com.dashjoin.jsonata.Jsonata.<init>", "java.util.regex.Pattern.compile")),
            Map.entry("JSONata evaluation", List.of("com.dashjoin.jsonata")),
            Map.entry("database (H2, JDBC)", List.of("org.h2.", "com.zaxxer.hikari", "org.springframework.jdbc",
                    "org.postgresql")),
            Map.entry("logging", List.of("ch.qos.logback")),
            Map.entry("tracing", List.of("org.apache.camel.telemetry", "org.apache.camel.opentelemetry",
                    "io.opentelemetry", "io.micrometer.tracing", "org.springframework.boot.actuate.autoconfigure.tracing")),
            Map.entry("metrics", List.of("org.apache.camel.component.micrometer", "io.micrometer.core")),
            Map.entry("Camel type conversion", List.of("org.apache.camel.impl.converter", "org.apache.camel.spi.TypeConvertible")),
            Map.entry("HTTP client (to agencies)", List.of("org.apache.hc.")),
            Map.entry("XSLT (Saxon)", List.of("net.sf.saxon")),
            Map.entry("SOAP (CXF)", List.of("org.apache.cxf", "com.ctc.wstx", "org.apache.wss4j", "org.apache.xml.security")),
            Map.entry("JMS and Artemis", List.of("org.apache.activemq", "org.springframework.jms", "io.netty")),
            Map.entry("JSON (Jackson)", List.of("com.fasterxml.jackson")),
            Map.entry("JSON schema validation", List.of("com.networknt")),
            Map.entry("crypto and digests", List.of("sun.security", "javax.crypto", "com.sun.crypto")),
            Map.entry("Spring MVC", List.of("org.springframework.web")),
            Map.entry("Tomcat", List.of("org.apache.catalina", "org.apache.coyote", "org.apache.tomcat")),
            Map.entry("Camel routing", List.of("org.apache.camel")),
            Map.entry("hub code", List.of(HUB_PACKAGE)));


    /** Reads and summarises a recording. */
    public static JfrProfile read(Path file) throws IOException {
        Map<String, Long> self = new HashMap<>();
        Map<String, Long> packages = new HashMap<>();
        Map<String, Long> hub = new HashMap<>();
        Map<String, Long> centres = new HashMap<>();
        long samples = 0;
        try (RecordingFile recording = new RecordingFile(file)) {
            while (recording.hasMoreEvents()) {
                RecordedEvent event = recording.readEvent();
                if (!event.getEventType().getName().equals("jdk.ExecutionSample")) {
                    continue;
                }
                RecordedStackTrace stack = event.getStackTrace();
                if (stack == null || stack.getFrames().isEmpty()) {
                    continue;
                }
                samples++;
                List<RecordedFrame> frames = stack.getFrames();
                String top = name(frames.get(0));
                self.merge(top, 1L, Long::sum);
                packages.merge(packageOf(frames.get(0)), 1L, Long::sum);
                centres.merge(centreOf(frames), 1L, Long::sum);
                Set<String> seen = new HashSet<>();
                for (RecordedFrame frame : frames) {
                    String name = name(frame);
                    if (name.startsWith(HUB_PACKAGE) && seen.add(name)) {
                        hub.merge(name, 1L, Long::sum);
                    }
                }
            }
        }
        return new JfrProfile(samples, top(self), top(packages), top(hub), top(centres));
    }

    private static String centreOf(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            String name = name(frame);
            for (Map.Entry<String, List<String>> centre : CENTRES) {
                for (String prefix : centre.getValue()) {
                    if (name.startsWith(prefix)) {
                        return centre.getKey();
                    }
                }
            }
        }
        return "other (JDK)";
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    private static String packageOf(RecordedFrame frame) {
        String type = frame.getMethod().getType().getName();
        String[] parts = type.split("\\.");
        int segments = Math.min(3, Math.max(1, parts.length - 1));
        return String.join(".", List.of(parts).subList(0, segments));
    }

    private static List<Map.Entry<String, Long>> top(Map<String, Long> counts) {
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(TOP)
                .map(e -> Map.entry(e.getKey(), e.getValue())).toList();
    }

    /** A main to summarise a recording on its own: {@code JfrProfile <file.jfr>}. */
    public static void main(String[] args) throws IOException {
        JfrProfile profile = read(Path.of(args[0]));
        System.out.println(Report.profileMarkdown(profile));
    }
}
