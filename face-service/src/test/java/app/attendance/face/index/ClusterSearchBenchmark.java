package app.attendance.face.index;

import app.attendance.face.support.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.ErrorResponseException;

/**
 * Benchmark (not a test; {@code ./bench.sh cluster search}): search latency of one face-service
 * replica in cluster mode against a single process, on the same {@code faces} synthetic faces and
 * the same queries, in the same JVM and run, queries interleaved (ABBA) so both see the same load.
 * <ul>
 * <li>single: a Lucene index filled locally (bulk load, as a build does), no database, no
 * {@link IndexSync}; the request passes {@link IndexSequenceInterceptor} (which has no replica to
 * wait for) and {@link LuceneFaceIndex#search} with k = 2 and no roster, as a recognition does.
 * <li>cluster: a replica started as the service starts (Spring context) on an embedded
 * PostgreSQL, its index built from {@code face.templates} at start, following changes; each
 * request carries {@code X-Index-Min-Sequence} = the last write acknowledged (as the API sends
 * it) through the replica's own interceptor, then the same search.
 * </ul>
 * Two phases: no writes; then a light stream of writes ({@code writesPerSecond} enrolments of 3-7
 * faces, one in three followed by a delete of an earlier one) as the replica that takes a write
 * does it: committed in PostgreSQL (with NOTIFY), applied to its own index — here the single
 * process's, which so gets the same writes locally — and only then acknowledged; the cluster
 * replica's searches require the acknowledged sequence (as the API's recognitions do), so they
 * may wait for the replica to apply the latest write. Prints p50/p99 of both, their ratio and the
 * 1.1x target, and, apart, the cluster replica's searches that require no sequence (the index
 * alone while it follows the writes).
 */
public final class ClusterSearchBenchmark {

    private static final String MODEL = "bench-model";
    private static final double TARGET = 1.1;

    private ClusterSearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int faces = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int searches = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        double writesPerSecond = args.length > 2 ? Double.parseDouble(args[2]) : 1;
        Path work = Files.createTempDirectory("cluster-search-bench");
        String database = "bench_search_" + ProcessHandle.current().pid();
        String url = TestPostgres.database(database);
        SyntheticFaces synthetic = new SyntheticFaces(17, MODEL);

        IndexSyncBenchmark.start(work.resolve("cluster"), database).close(); // creates the schema
        long copied = IndexSyncBenchmark.copy(url, synthetic, 0, faces);
        int identities = identitiesFor(synthetic, faces);
        long started = System.nanoTime();
        ConfigurableApplicationContext replica = IndexSyncBenchmark.start(work.resolve("cluster"), database);
        IndexSync sync = replica.getBean(IndexSync.class);
        while (sync.building()) {
            Thread.sleep(20);
        }
        LuceneFaceIndex cluster = replica.getBean(LuceneFaceIndex.class);
        IndexSequenceInterceptor clusterRequests = replica.getBean(IndexSequenceInterceptor.class);
        System.out.printf(Locale.ROOT, "cluster replica: %d faces (%d COPYed) built from PostgreSQL at start in "
                + "%.1f s%n", cluster.stats().faces(), copied, (System.nanoTime() - started) / 1e9);

        started = System.nanoTime();
        try (LuceneFaceIndex single = LuceneFaceIndex.open(IndexProperties.of(work.resolve("single")))) {
            single.bulkLoading(true);
            List<FaceVector> batch = new ArrayList<>();
            for (int i = 0; i < identities; i++) {
                batch.addAll(synthetic.enrolment(i));
                if (batch.size() >= 1000) {
                    single.add(List.copyOf(batch));
                    batch.clear();
                }
            }
            if (!batch.isEmpty()) {
                single.add(batch);
            }
            single.bulkLoading(false);
            System.out.printf(Locale.ROOT, "single process: %d faces loaded locally in %.1f s%n",
                    single.stats().faces(), (System.nanoTime() - started) / 1e9);
            IndexSequenceInterceptor singleRequests = new IndexSequenceInterceptor(
                    new StaticListableBeanFactory(Map.of()).getBeanProvider(IndexSync.class));
            settle(single, cluster);
            System.out.printf(Locale.ROOT, "segments: single %d, cluster %d%n", single.segmentCount(),
                    cluster.segmentCount());

            float[][] probes = probes(synthetic, identities, searches);
            Side one = new Side("single", single, singleRequests);
            Side two = new Side("cluster", cluster, clusterRequests);
            AtomicLong acknowledged = new AtomicLong(sync.applied());
            run(one, two, probes, Math.min(2_000, searches), acknowledged); // warm-up
            report("no writes", run(one, two, probes, searches, acknowledged));

            TemplateTable writer = writer(url);
            AtomicBoolean writing = new AtomicBoolean(true);
            AtomicInteger written = new AtomicInteger();
            Thread writes = Thread.ofPlatform().name("bench-writes").start(() -> {
                int identity = 10_000_000;
                List<Integer> enrolled = new ArrayList<>();
                long every = (long) (1000 / writesPerSecond);
                while (writing.get()) {
                    List<FaceVector> enrolment = synthetic.enrolment(identity);
                    long seq = writer.add(enrolment.stream()
                            .map(f -> new FaceTemplates.NewTemplate(f, null, null, null)).toList()).sequence();
                    single.add(enrolment);
                    acknowledged.accumulateAndGet(seq, Math::max);
                    enrolled.add(identity++);
                    written.incrementAndGet();
                    if (enrolled.size() % 3 == 0) {
                        String gone = SyntheticFaces.subject(enrolled.removeFirst());
                        long deletedAt = writer.deleteSubject(gone).sequence();
                        single.deleteSubject(gone);
                        acknowledged.accumulateAndGet(deletedAt, Math::max);
                        written.incrementAndGet();
                    }
                    try {
                        Thread.sleep(every);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            long phase = System.nanoTime();
            Result underWrites = run(one, two, probes, searches, acknowledged);
            double seconds = (System.nanoTime() - phase) / 1e9;
            writing.set(false);
            writes.join();
            report(String.format(Locale.ROOT, "%d writes in %.0f s (%.1f/s, each committed in PostgreSQL and "
                    + "announced)", written.get(), seconds, written.get() / seconds), underWrites);
            System.out.printf(Locale.ROOT, "top-1 subject equal on both: %.4f of the queries; refused (index-behind): "
                    + "%d%n", underWrites.agreement(), underWrites.refused());
        }
        replica.close();
        System.exit(0);
    }

    /** One side of the comparison: its index and its request interceptor. */
    private record Side(String name, LuceneFaceIndex index, IndexSequenceInterceptor requests) {

        /** What a recognition does for one face: the interceptor, then the search; the top subject. */
        String search(float[] probe, long minSequence) throws Exception {
            MockHttpServletRequest request = new MockHttpServletRequest("POST", "/v1/recognize");
            request.addHeader(IndexSequenceInterceptor.MIN_SEQUENCE, Long.toString(minSequence));
            requests.preHandle(request, new MockHttpServletResponse(), null);
            List<SubjectMatch> top = index.search(MODEL, probe, 2, null);
            return top.isEmpty() ? null : top.getFirst().subjectId();
        }
    }

    /** Latencies in µs, sorted, of both sides; how often they agreed; refusals. */
    private record Result(double[] single, double[] cluster, double[] clusterAnySequence, double agreement,
            int refused) {
    }

    private static Result run(Side single, Side cluster, float[][] probes, int n, AtomicLong acknowledged)
            throws Exception {
        double[] a = new double[n];
        double[] b = new double[n];
        double[] c = new double[n];
        int same = 0;
        int refused = 0;
        for (int i = 0; i < n; i++) {
            float[] probe = probes[i % probes.length];
            long min = acknowledged.get();
            String first;
            String second;
            if (i % 2 == 1) {
                c[i] = timed(cluster, probe);
            }
            if (i % 2 == 0) {
                long t0 = System.nanoTime();
                first = single.search(probe, min);
                long t1 = System.nanoTime();
                second = searchOrRefused(cluster, probe, min);
                long t2 = System.nanoTime();
                a[i] = (t1 - t0) / 1e3;
                b[i] = (t2 - t1) / 1e3;
            } else {
                long t0 = System.nanoTime();
                second = searchOrRefused(cluster, probe, min);
                long t1 = System.nanoTime();
                first = single.search(probe, min);
                long t2 = System.nanoTime();
                b[i] = (t1 - t0) / 1e3;
                a[i] = (t2 - t1) / 1e3;
            }
            if (i % 2 == 0) {
                c[i] = timed(cluster, probe);
            }
            if (REFUSED.equals(second)) {
                refused++;
            } else if (first != null && first.equals(second)) {
                same++;
            }
        }
        Arrays.sort(a);
        Arrays.sort(b);
        Arrays.sort(c);
        return new Result(a, b, c, same / (double) n, refused);
    }

    /** A cluster search that requires no sequence (a request without a recent write to see), in µs. */
    private static double timed(Side cluster, float[] probe) throws Exception {
        long t0 = System.nanoTime();
        cluster.search(probe, 0);
        return (System.nanoTime() - t0) / 1e3;
    }

    /** Stands for a refusal (503 index-behind) in place of a subject id, which never holds a NUL. */
    private static final String REFUSED = "\u0000refused";

    private static String searchOrRefused(Side side, float[] probe, long min) throws Exception {
        try {
            return side.search(probe, min);
        } catch (ErrorResponseException e) {
            return REFUSED;
        }
    }

    private static void report(String phase, Result r) {
        System.out.printf(Locale.ROOT, "%n# search latency, %s, %d searches each (µs)%n", phase, r.single().length);
        System.out.printf(Locale.ROOT, "%-5s %10s %10s %7s %-18s %20s %7s%n", "", "single", "cluster", "ratio",
                "(target <= " + TARGET + "x)", "cluster, min-seq 0", "ratio");
        for (double p : new double[] {0.5, 0.99}) {
            double single = Latencies.percentile(r.single(), p);
            double cluster = Latencies.percentile(r.cluster(), p);
            double any = Latencies.percentile(r.clusterAnySequence(), p);
            System.out.printf(Locale.ROOT, "%-5s %10.1f %10.1f %6.2fx %-18s %20.1f %6.2fx%n", p == 0.5 ? "p50" : "p99",
                    single, cluster, cluster / single, cluster / single <= TARGET ? "met" : "missed", any,
                    any / single);
        }
    }

    /** Waits (up to 5 min) until the background merges after both loads are done: equal, stable segments. */
    private static void settle(LuceneFaceIndex single, LuceneFaceIndex cluster) throws InterruptedException {
        long deadline = System.nanoTime() + 300_000_000_000L;
        int stable = 0;
        int last = -1;
        while (stable < 5 && System.nanoTime() < deadline) {
            Thread.sleep(1_000);
            int now = single.segmentCount() * 1000 + cluster.segmentCount();
            stable = now == last && single.segmentCount() == cluster.segmentCount() ? stable + 1 : 0;
            last = now;
        }
    }

    private static float[][] probes(SyntheticFaces synthetic, int identities, int n) {
        SplittableRandom random = new SplittableRandom(5);
        float[][] probes = new float[Math.min(n, 10_000)][];
        for (int i = 0; i < probes.length; i++) {
            probes[i] = synthetic.probe(random.nextInt(identities), i);
        }
        return probes;
    }

    /** How many identities (from 0) {@link IndexSyncBenchmark#copy} wrote to reach {@code faces} rows. */
    private static int identitiesFor(SyntheticFaces synthetic, int faces) {
        int identity = 0;
        long n = 0;
        while (n < faces) {
            n += synthetic.enrolment(identity++).size();
        }
        return identity;
    }

    /** Writes as another replica would: committed in face.templates with NOTIFY. */
    private static TemplateTable writer(String url) {
        SimpleDriverDataSource dataSource = new SimpleDriverDataSource(new org.postgresql.Driver(), url, "postgres",
                "postgres");
        return new TemplateTable(new JdbcTemplate(dataSource),
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
    }
}
