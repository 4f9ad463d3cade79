"""The peer in ./bench.sh face-index: Faiss HNSW (Debian's python3-faiss) on the vectors the Lucene
index searched in the same run (exported by IndexBenchmark with -Dbench.export), same M and
efConstruction, one query at a time on one thread (as the Lucene figures are measured), efSearch
swept so that recall@1 can be compared at equal recall. Prints one line per efSearch and, per
size, Faiss's fastest setting that reaches the recall Lucene's default reached.
Usage: faiss_peer.py EXPORT_DIR LUCENE_LINES_FILE"""
import os
import sys
import time

import numpy as np
import faiss

root, lucene_file = sys.argv[1], sys.argv[2]
lucene = {}
for line in open(lucene_file):
    parts = line.split()
    if len(parts) == 4 and parts[0] == "lucene-default":
        lucene[int(parts[1])] = (float(parts[2]), float(parts[3]))
faiss.omp_set_num_threads(1)
print("faiss %s, one thread, one query at a time; recall@1 against the same reference as Lucene's rows"
      % faiss.__version__)
for size in sorted(int(d) for d in os.listdir(root) if d.isdigit()):
    d = os.path.join(root, str(size))
    params = dict(l.strip().split("=") for l in open(os.path.join(d, "params.txt")) if "=" in l)
    dim, m, efc = int(params["dim"]), int(params["m"]), int(params["ef_construction"])
    base = np.fromfile(os.path.join(d, "centroids.f32"), dtype="<f4").reshape(-1, dim)
    probes = np.fromfile(os.path.join(d, "probes.f32"), dtype="<f4").reshape(-1, dim)
    truth = np.array([int(l) for l in open(os.path.join(d, "truth.txt"))])
    index = faiss.IndexHNSWFlat(dim, m, faiss.METRIC_INNER_PRODUCT)
    index.hnsw.efConstruction = efc
    started = time.perf_counter()
    faiss.omp_set_num_threads(os.cpu_count() or 1)
    index.add(np.ascontiguousarray(base))
    faiss.omp_set_num_threads(1)
    build = time.perf_counter() - started
    print("\n== %d faces (%d centroids): Faiss HNSW M=%d efConstruction=%d, build %.1f s"
          % (size, base.shape[0], m, efc, build))
    rows = []
    for ef in (10, 20, 40, 100, 200, 400):
        index.hnsw.efSearch = ef
        for q in probes[:50]:
            index.search(q.reshape(1, -1), 2)  # warm-up
        times, found = [], []
        for q in probes:
            t = time.perf_counter()
            _, ids = index.search(q.reshape(1, -1), 2)
            times.append((time.perf_counter() - t) * 1e6)
            found.append(ids[0][0])
        recall = float(np.mean(np.array(found) == truth))
        p50, p99 = np.percentile(times, 50), np.percentile(times, 99)
        rows.append((ef, p50, p99, recall))
        print("  Faiss HNSW efSearch %-4d p50 %7.1f µs p99 %8.1f µs recall@1 %.4f" % (ef, p50, p99, recall))
    if size in lucene:
        lp50, lrecall = lucene[size]
        reaching = [r for r in rows if r[3] >= lrecall]
        if reaching:
            best = min(reaching, key=lambda r: r[1])
            print("  at Lucene's recall %.4f: Lucene default p50 %.1f µs, Faiss (efSearch %d) p50 %.1f µs: "
                  "Lucene %.2f× Faiss's time" % (lrecall, lp50, best[0], best[1], lp50 / best[1]))
        else:
            print("  Faiss reaches no setting with Lucene's recall %.4f (best %.4f)"
                  % (lrecall, max(r[3] for r in rows)))
