package app.attendance.api.user;

import static org.assertj.core.api.Assertions.assertThat;

import app.attendance.api.support.ApiTestBase;
import app.attendance.api.support.TestData;
import app.attendance.api.system.ApiException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two admins disabling each other at the same moment: one succeeds, the other is refused, and an
 * enabled admin remains. The first removal holds its transaction open while the second runs.
 */
class LastAdminRaceTest extends ApiTestBase {

    @Autowired
    UserService service;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void twoAdminsDisablingEachOtherAtOnceLeaveOneEnabled() throws Exception {
        long a = admin("race-a");
        long b = admin("race-b");
        // Only a and b are enabled admins during the test; the others are put back afterwards.
        List<Long> others = jdbc.sql("select id from users where role = 'ADMIN' and enabled and id not in (:a, :b)")
                .param("a", a).param("b", b).query(Long.class).list();
        others.forEach(id -> jdbc.sql("update users set enabled = false where id = :id").param("id", id).update());
        ExecutorService threads = Executors.newFixedThreadPool(2); // not the common pool: it may have one thread
        try {
            CountDownLatch firstDone = new CountDownLatch(1);
            CountDownLatch commitFirst = new CountDownLatch(1);
            CompletableFuture<Void> first = CompletableFuture.runAsync(() -> new TransactionTemplate(transactions)
                    .executeWithoutResult(tx -> {
                        service.update(a, disable(a));
                        firstDone.countDown();
                        await(commitFirst); // keeps the first transaction open
                    }), threads);
            assertThat(firstDone.await(10, TimeUnit.SECONDS)).isTrue();
            CompletableFuture<Throwable> second = CompletableFuture.supplyAsync(() -> {
                try {
                    service.update(b, disable(b));
                    return null;
                } catch (RuntimeException e) {
                    return e;
                }
            }, threads);
            Thread.sleep(500); // the second removal now either waits for the first or has wrongly gone through
            commitFirst.countDown();
            first.get(10, TimeUnit.SECONDS);
            Throwable refused = second.get(10, TimeUnit.SECONDS);

            assertThat(refused).isInstanceOf(ApiException.class);
            assertThat(((ApiException) refused).getCode()).isEqualTo("last-admin");
            assertThat(count("select count(*) from users where id in (?, ?) and enabled", a, b)).isEqualTo(1);
        } finally {
            threads.shutdownNow();
            others.forEach(id -> jdbc.sql("update users set enabled = true where id = :id").param("id", id).update());
            jdbc.sql("delete from users where id in (:a, :b)").param("a", a).param("b", b).update();
        }
    }

    private long admin(String prefix) throws Exception {
        String name = TestData.unique(prefix);
        return body(postAs(admin, "/api/users", "{\"username\":\"" + name
                + "\",\"password\":\"long-enough-pw\",\"role\":\"ADMIN\"}")).get("id").asLong();
    }

    private UserRequests.Update disable(long id) {
        String name = jdbc.sql("select username from users where id = :id").param("id", id).query(String.class)
                .single();
        return new UserRequests.Update(name, Role.ADMIN, null, null, false);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
