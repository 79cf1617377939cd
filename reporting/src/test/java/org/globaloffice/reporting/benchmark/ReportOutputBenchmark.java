package org.globaloffice.reporting.benchmark;

import com.lowagie.text.pdf.BaseFont;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.globaloffice.foreignteacher.control.ExpiryWatch;
import org.globaloffice.reporting.foreignteacher.RosterReport;
import org.globaloffice.reporting.foreignteacher.RosterReportRow;
import org.globaloffice.reporting.output.HeaderLabels;
import org.globaloffice.reporting.output.ReportColumn;
import org.globaloffice.reporting.output.ReportFormat;
import org.globaloffice.reporting.output.ReportHeader;

/**
 * Report (1), the foreign teachers' roster, made from 100,000 rows as XLSX, CSV and PDF, each beside the same rows
 * written with the bare library (POI SXSSF, Commons CSV, OpenPDF): seconds, the ratio of the two, and how much the
 * heap grew. Run it as README says: {@code ./mvnw -Preport-bench -pl reporting -am -DskipTests verify}.
 * <p>
 * A plain program rather than JMH: each run is one pass of several seconds, where JMH's single-shot mode would add
 * forks and harness but not the heap measurement this needs. Per format: a warm-up of each ({@link #warmUp}), then
 * runs of each taken in turns, so that a slow moment of the machine hits both: three, or as many as fit in
 * {@value #MEASURE_SECONDS} seconds when a run is short (a CSV run takes a quarter of a second, and three of them
 * are at the mercy of one busy moment of a shared machine). The median counts.
 * <p>
 * Heap growth: after a {@code System.gc()} the peak of every heap pool is reset and the heap in use noted; after the
 * run, the pools' peaks added up, less that. It is an upper bound (the pools need not peak at the same moment).
 * <p>
 * Arguments: the number of rows (default 100000), the file the table is also written to (default
 * {@code target/report-benchmark.txt}) and the formats (default {@code XLSX,CSV,PDF}).
 */
public final class ReportOutputBenchmark {

    private static final int MEASURED_RUNS = 3;
    private static final int MEASURE_SECONDS = 5;
    private static final int WARM_UP_SECONDS = 5;
    private static final int WARM_UP_RUNS = 2;
    private static final String FONT = "/org/globaloffice/reporting/output/fonts/NotoSansSC-Regular.ttf";

    private interface Run {
        void writeTo(OutputStream out) throws IOException;
    }

    private record Measured(double seconds, double heapGrowthMb, long bytes) {
    }

    private ReportOutputBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path result = Path.of(args.length > 1 ? args[1] : "target/report-benchmark.txt");
        List<ReportFormat> formats = args.length > 2
                ? Arrays.stream(args[2].split(",")).map(name -> ReportFormat.valueOf(name.strip())).toList()
                : List.of(ReportFormat.XLSX, ReportFormat.CSV, ReportFormat.PDF);

        ResourceBundle english = ResourceBundle.getBundle("org.globaloffice.reporting.i18n.reports", Locale.ENGLISH);
        List<ReportColumn<RosterReportRow>> columns = RosterReport.columns(english::getString,
                LocalDate.of(2026, 3, 5), new ExpiryWatch(60));
        ReportHeader header = new ReportHeader(english.getString(RosterReport.TITLE_KEY),
                "Academic year 2025–2026 (2025-09-01 – 2026-08-31)", "All schools; every stage",
                OffsetDateTime.of(2026, 3, 5, 9, 0, 0, 0, ZoneOffset.ofHours(8)), "benchmark", HeaderLabels.english());
        BaseFont font = loadFont();

        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "Report (1), foreign teachers' roster: %,d rows, %d columns; Java %s, %d"
                        + " cores, max heap %d MB, load average at start %.1f", rows, columns.size(),
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, loadAverage()));
        lines.add(String.format(Locale.ROOT, "%-6s %9s %11s %8s %7s %17s %17s %9s %9s", "format", "rows",
                "baseline s", "ours s", "ratio", "heap growth ours", "heap growth base", "ours MB", "base MB"));
        for (ReportFormat format : formats) {
            Run ours = out -> format.writer().write(header, columns, new SyntheticRoster(rows), out);
            Run baseline = switch (format) {
                case XLSX -> out -> BareLibraryWriters.xlsx(columns, new SyntheticRoster(rows), out);
                case CSV -> out -> BareLibraryWriters.csv(columns, new SyntheticRoster(rows), out);
                case PDF -> out -> BareLibraryWriters.pdf(columns, new SyntheticRoster(rows), out, font);
            };
            warmUp(format, ours);
            warmUp(format, baseline);
            List<Measured> baseList = new ArrayList<>();
            List<Measured> oursList = new ArrayList<>();
            long until = System.nanoTime() + MEASURE_SECONDS * 1_000_000_000L;
            while (oursList.size() < MEASURED_RUNS || System.nanoTime() < until) {
                baseList.add(measure(format, baseline));
                oursList.add(measure(format, ours));
            }
            Measured[] baseRuns = baseList.toArray(Measured[]::new);
            Measured[] oursRuns = oursList.toArray(Measured[]::new);
            System.out.printf(Locale.ROOT, "%s runs, baseline: %s; ours: %s%n", format, seconds(baseRuns),
                    seconds(oursRuns));
            Measured o = median(oursRuns);
            Measured b = median(baseRuns);
            String line = String.format(Locale.ROOT, "%-6s %9d %11.2f %8.2f %7.2f %14.1f MB %14.1f MB %9.1f %9.1f",
                    format, rows, b.seconds(), o.seconds(), o.seconds() / b.seconds(), o.heapGrowthMb(),
                    b.heapGrowthMb(), o.bytes() / 1e6, b.bytes() / 1e6);
            lines.add(line);
            System.out.println(line);
        }
        lines.add(String.format(Locale.ROOT, "Load average at the end %.1f (other work on the machine slows both"
                + " sides alike only on average: compare runs made on a quiet machine).", loadAverage()));
        lines.add("Targets: ratio <= 1.3 for each format; XLSX <= 5 s and CSV <= 1 s for 100,000 rows on 2 cores;"
                + " heap growth < 64 MB. Medians of at least " + MEASURED_RUNS + " runs (as many as"
                + " fit in " + MEASURE_SECONDS + " s) after a warm-up of at least " + WARM_UP_SECONDS + " s and "
                + WARM_UP_RUNS + " runs.");
        Files.createDirectories(result.toAbsolutePath().getParent());
        Files.write(result, lines, StandardCharsets.UTF_8);
        System.out.println();
        lines.forEach(System.out::println);
        System.out.println("Written to " + result.toAbsolutePath());
    }

    /**
     * Runs a writer for at least {@value #WARM_UP_SECONDS} seconds and {@value #WARM_UP_RUNS} times, so that the JIT
     * has compiled it before it is timed: on two cores a 0.4 s CSV run needs several passes before its time settles,
     * and a PDF's first run takes twice as long as its third; after a single warm-up the ratio was left to chance.
     */
    private static void warmUp(ReportFormat format, Run run) throws IOException {
        long until = System.nanoTime() + WARM_UP_SECONDS * 1_000_000_000L;
        List<String> times = new ArrayList<>();
        do {
            times.add(String.format(Locale.ROOT, "%.2f s", measure(format, run).seconds()));
        } while (System.nanoTime() < until || times.size() < WARM_UP_RUNS);
        System.out.println(format + " warm-up: " + String.join(", ", times));
    }

    /** One run to a temporary file, deleted afterwards: seconds, heap growth, file size. */
    private static Measured measure(ReportFormat format, Run run) throws IOException {
        Path file = Files.createTempFile("report-benchmark-", "." + format.extension());
        try {
            List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
            System.gc();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            long before = heap.stream().mapToLong(pool -> pool.getUsage().getUsed()).sum();
            long start = System.nanoTime();
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                run.writeTo(out);
            }
            long nanos = System.nanoTime() - start;
            long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
            return new Measured(nanos / 1e9, (peak - before) / (1024.0 * 1024.0), Files.size(file));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static String seconds(Measured[] runs) {
        return Arrays.stream(runs).map(run -> String.format(Locale.ROOT, "%.2f s", run.seconds()))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    private static Measured median(Measured[] runs) {
        Measured[] sorted = runs.clone();
        Arrays.sort(sorted, (x, y) -> Double.compare(x.seconds(), y.seconds()));
        Measured middle = sorted[sorted.length / 2];
        double heap = Arrays.stream(runs).mapToDouble(Measured::heapGrowthMb).sorted().toArray()[runs.length / 2];
        return new Measured(middle.seconds(), heap, middle.bytes());
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static BaseFont loadFont() throws IOException {
        try (InputStream in = ReportOutputBenchmark.class.getResourceAsStream(FONT)) {
            return BaseFont.createFont("NotoSansSC-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
                    in.readAllBytes(), null);
        }
    }
}
