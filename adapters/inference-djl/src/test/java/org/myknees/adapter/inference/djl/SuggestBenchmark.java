package org.myknees.adapter.inference.djl;

import java.io.BufferedReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.myknees.application.categorization.port.out.SuggestionRequest;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.money.Money;

/**
 * Not a test: runs the benchmark file ({@code date,description,amount,account}) through {@code suggest()} in
 * batches and prints load time, rows per second, cache counters and memory.
 *
 * <p>Run: {@code java -Xmx1g -cp <test class path> org.myknees.adapter.inference.djl.SuggestBenchmark tx_1m.csv}
 */
public final class SuggestBenchmark {

    private static final int BATCH = 10_000;

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "tx_1m.csv");
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long loadStart = System.nanoTime();
        long cpuStart = os.getProcessCpuTime();
        try (DjlCategorySuggester suggester = DjlCategorySuggester.load()) {
            long loadNanos = System.nanoTime() - loadStart;
            System.out.printf("load %.0f ms (%s)%n", loadNanos / 1e6, suggester.status());
            HouseholdId household = HouseholdId.newId();
            long rows = 0;
            long withSuggestion = 0;
            long start = System.nanoTime();
            long cpuRunStart = os.getProcessCpuTime();
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                reader.readLine();
                List<SuggestionRequest> batch = new ArrayList<>(BATCH);
                String line;
                while ((line = reader.readLine()) != null) {
                    batch.add(request(line));
                    if (batch.size() == BATCH) {
                        withSuggestion += suggester.suggest(household, batch, 3).stream()
                                .filter(s -> !s.isEmpty()).count();
                        rows += batch.size();
                        batch.clear();
                    }
                }
                if (!batch.isEmpty()) {
                    withSuggestion += suggester.suggest(household, batch, 3).stream().filter(s -> !s.isEmpty()).count();
                    rows += batch.size();
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpu = (os.getProcessCpuTime() - cpuRunStart) / 1e9;
            DjlCategorySuggester.CacheStatistics statistics = suggester.statistics();
            System.out.printf("rows %d (%d with a suggestion) in %.1f s wall = %.0f rows/s; %.1f s CPU%n", rows,
                    withSuggestion, seconds, rows / seconds, cpu);
            System.out.printf("lookups %d, result cache hits %d (%.2f%%), descriptors embedded %d%n",
                    statistics.lookups(), statistics.resultHits(),
                    100.0 * statistics.resultHits() / statistics.lookups(), statistics.embedded());
            long peakHeap = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    peakHeap += pool.getPeakUsage().getUsed();
                }
            }
            Runtime runtime = Runtime.getRuntime();
            System.gc();
            System.out.printf("heap used after run %d MB, peak heap %d MB, max heap %d MB, peak RSS %s, "
                            + "total CPU since load start %.1f s%n",
                    (runtime.totalMemory() - runtime.freeMemory()) >> 20, peakHeap >> 20, runtime.maxMemory() >> 20,
                    peakResidentSet(), (os.getProcessCpuTime() - cpuStart) / 1e9);
        }
    }

    private static SuggestionRequest request(String line) {
        String description;
        String rest;
        if (line.charAt(11) == '"') {
            int end = line.indexOf("\",", 12);
            while (line.charAt(end - 1) == '"' && line.charAt(end - 2) != '"') {
                end = line.indexOf("\",", end + 1);
            }
            description = line.substring(12, end).replace("\"\"", "\"");
            rest = line.substring(end + 2);
        } else {
            int comma = line.indexOf(',', 11);
            description = line.substring(11, comma);
            rest = line.substring(comma + 1);
        }
        String amount = rest.substring(0, rest.indexOf(','));
        return new SuggestionRequest(description, Optional.empty(), Money.parse(amount, "USD"));
    }

    private static String peakResidentSet() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM"))
                    .map(l -> l.replaceAll("\\s+", " ").substring(7)).findFirst().orElse("n/a");
        } catch (IOException e) {
            return "n/a";
        }
    }

    private SuggestBenchmark() {
    }
}
