package org.globaloffice.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.globaloffice.foreignteacher.control.AlertPlan;
import org.globaloffice.foreignteacher.control.DocumentType;
import org.globaloffice.foreignteacher.control.ExpiryWatch;
import org.globaloffice.foreignteacher.control.RecruitmentStage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The nightly alert computation in memory: {@link AlertPlan} over 2,000 teachers' files (eight documents and two
 * contracts each, the size of a large university's roster), against the baseline of merely looking at every date
 * of those files once — the least any alert computation must do. The ratio says what the rules cost on top.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AlertComputationBenchmark {

    record File(RecruitmentStage stage, LocalDate entry, List<AlertPlan.Document> documents,
            List<AlertPlan.Contract> contracts) {
    }

    static final int TEACHERS = 2_000;
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final ExpiryWatch WATCH = new ExpiryWatch(60);

    List<File> files;

    @Setup
    public void roster() {
        Random random = new Random(20261124);
        DocumentType[] types = DocumentType.values();
        files = new ArrayList<>(TEACHERS);
        long id = 1;
        for (int t = 0; t < TEACHERS; t++) {
            LocalDate entry = TODAY.minusDays(random.nextInt(900));
            List<AlertPlan.Document> documents = new ArrayList<>();
            for (int d = 0; d < 8; d++) {
                LocalDate issued = entry.plusDays(random.nextInt(60) - 30);
                documents.add(new AlertPlan.Document(id++, types[random.nextInt(types.length)], issued,
                        issued.plusDays(180 + random.nextInt(900))));
            }
            List<AlertPlan.Contract> contracts = List.of(new AlertPlan.Contract(id++, entry.plusYears(1)),
                    new AlertPlan.Contract(id++, entry.plusYears(2)));
            files.add(new File(random.nextInt(10) == 0 ? RecruitmentStage.LEFT : RecruitmentStage.ON_BOARD, entry,
                    documents, contracts));
        }
    }

    @Benchmark
    public int alertPlan() {
        int alerts = 0;
        for (File file : files) {
            alerts += AlertPlan.of(file.stage(), file.entry(), file.documents(), file.contracts(), WATCH, TODAY).size();
        }
        return alerts;
    }

    @Benchmark
    public int baselineLookAtEveryDate() {
        LocalDate horizon = TODAY.plusDays(WATCH.leadDays());
        int due = 0;
        for (File file : files) {
            for (AlertPlan.Document document : file.documents()) {
                if (document.expiresOn() != null && !document.expiresOn().isAfter(horizon)) {
                    due++;
                }
            }
            for (AlertPlan.Contract contract : file.contracts()) {
                if (!contract.endsOn().isAfter(horizon)) {
                    due++;
                }
            }
        }
        return due;
    }
}
