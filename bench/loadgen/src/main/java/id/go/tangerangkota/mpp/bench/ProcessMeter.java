package id.go.tangerangkota.mpp.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * CPU time and resident memory of the processes under test, read from Linux's {@code /proc}.
 * A process here is a named group: the hub's JVM, the sandbox's JVM, nginx's master with its
 * workers (found as the master's children), and the load generator itself. Memory is sampled
 * every 100 ms, so a peak is the largest sample; the whole-run peak also reads the kernel's own
 * high-water mark (VmHWM).
 */
public final class ProcessMeter implements AutoCloseable {

    /** CPU seconds and peak RSS of one group over one window. */
    public record Usage(double cpuSeconds, long peakRssBytes) {
    }

    private final Map<String, Long> groups;
    private final long ticksPerSecond;
    private final Map<String, Long> cpuAtOpen = new ConcurrentHashMap<>();
    private final Map<String, Long> peakRss = new ConcurrentHashMap<>();
    private final Thread sampler;
    private volatile boolean sampling;
    private volatile boolean running = true;

    /**
     * @param groups         each group's name and its main pid
     * @param ticksPerSecond the kernel's clock ticks per second ({@code getconf CLK_TCK})
     */
    public ProcessMeter(Map<String, Long> groups, long ticksPerSecond) {
        this.groups = new LinkedHashMap<>(groups);
        this.ticksPerSecond = ticksPerSecond;
        this.sampler = new Thread(this::sampleLoop, "rss-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** The groups' names, in order. */
    public List<String> names() {
        return List.copyOf(groups.keySet());
    }

    /** Starts a window: CPU is counted and memory peaks tracked from now. */
    public void open() {
        groups.forEach((name, pid) -> {
            cpuAtOpen.put(name, cpuTicks(pid));
            peakRss.put(name, rss(pid));
        });
        sampling = true;
    }

    /** Ends the window and returns each group's usage in it. */
    public Map<String, Usage> close(Map<String, Usage> into) {
        sampling = false;
        groups.forEach((name, pid) -> {
            double cpu = (cpuTicks(pid) - cpuAtOpen.getOrDefault(name, 0L)) / (double) ticksPerSecond;
            into.put(name, new Usage(cpu, Math.max(peakRss.getOrDefault(name, 0L), rss(pid))));
        });
        return into;
    }

    /** The kernel's high-water mark of resident memory of a group since its start. */
    public long highWaterMark(String name) {
        return family(groups.get(name)).stream().mapToLong(pid -> statusKb(pid, "VmHWM:") * 1024).sum();
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }

    private void sampleLoop() {
        while (running) {
            if (sampling) {
                groups.forEach((name, pid) -> peakRss.merge(name, rss(pid), Math::max));
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException stopped) {
                return;
            }
        }
    }

    private long cpuTicks(long pid) {
        return family(pid).stream().mapToLong(ProcessMeter::ownTicks).sum();
    }

    private long rss(long pid) {
        return family(pid).stream().mapToLong(p -> statusKb(p, "VmRSS:") * 1024).sum();
    }

    /** The process and its direct children (nginx's workers). */
    private static List<Long> family(long pid) {
        List<Long> family = new ArrayList<>();
        family.add(pid);
        try (Stream<String> children = Files.lines(Path.of("/proc", Long.toString(pid), "task",
                Long.toString(pid), "children"))) {
            children.flatMap(line -> Stream.of(line.trim().split("\\s+"))).filter(s -> !s.isEmpty())
                    .map(Long::parseLong).forEach(family::add);
        } catch (IOException | RuntimeException noChildren) {
            // not every kernel publishes children; a JVM has none that matter
        }
        return family;
    }

    /** utime + stime of one process (all its threads), in clock ticks; 0 once it is gone. */
    private static long ownTicks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // The command name may hold spaces and parentheses: fields are counted after the last ')'.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }

    private static long statusKb(long pid, String field) {
        try (Stream<String> lines = Files.lines(Path.of("/proc", Long.toString(pid), "status"))) {
            return lines.filter(l -> l.startsWith(field)).findFirst()
                    .map(l -> Long.parseLong(l.substring(field.length()).trim().split("\\s+")[0])).orElse(0L);
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }
}
