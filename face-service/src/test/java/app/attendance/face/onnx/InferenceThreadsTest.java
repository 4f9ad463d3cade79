package app.attendance.face.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class InferenceThreadsTest {

    @Test
    void everyInferenceThreadFlushesDenormalsToZeroWhileOtherThreadsDoNot() {
        assertThat(FlushToZero.isOn()).as("the test thread keeps Java's IEEE arithmetic").isFalse();
        try (InferenceThreads threads = new InferenceThreads(3)) {
            assertThat(threads.size()).isEqualTo(3);
            CountDownLatch all = new CountDownLatch(3);
            List<Supplier<Boolean>> pieces = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                pieces.add(() -> {
                    all.countDown();
                    await(all); // holds each thread until all three run a piece
                    return FlushToZero.isOn();
                });
            }
            assertThat(threads.all(pieces)).containsExactly(true, true, true);
        }
        assertThat(FlushToZero.isOn()).isFalse();
    }

    @Test
    void piecesRunInParallelAndComeBackInOrder() {
        Set<String> names = ConcurrentHashMap.newKeySet();
        try (InferenceThreads threads = new InferenceThreads(2)) {
            CountDownLatch both = new CountDownLatch(2);
            List<Supplier<Integer>> pieces = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                int n = i;
                pieces.add(() -> {
                    names.add(Thread.currentThread().getName());
                    if (n < 2) {
                        both.countDown();
                        await(both); // would never finish if the first two did not run side by side
                    }
                    return n * n;
                });
            }
            assertThat(threads.all(pieces)).containsExactly(0, 1, 4, 9, 16, 25);
        }
        assertThat(names).hasSize(2).allMatch(n -> n.startsWith("inference-"));
    }

    @Test
    void aFailingPieceFailsTheCallAfterTheOthersFinish() {
        try (InferenceThreads threads = new InferenceThreads(2)) {
            List<Supplier<String>> pieces = List.of(() -> "ok", () -> {
                throw new IllegalStateException("model failed");
            }, () -> "ok too");
            assertThatThrownBy(() -> threads.all(pieces)).isInstanceOf(IllegalStateException.class)
                    .hasMessage("model failed");
            assertThat(threads.call(() -> "still serving")).isEqualTo("still serving");
        }
    }

    @Test
    void workStartedOnAnInferenceThreadRunsThereInsteadOfWaitingOnThePool() {
        try (InferenceThreads threads = new InferenceThreads(1)) {
            List<String> inner = threads.call(() -> threads.all(List.<Supplier<String>>of(
                    () -> Thread.currentThread().getName(), () -> Thread.currentThread().getName())));
            assertThat(inner).containsExactly("inference-1", "inference-1");
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
