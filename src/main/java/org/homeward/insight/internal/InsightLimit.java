package org.homeward.insight.internal;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.stereotype.Component;

/**
 * How many board figures are counted at once. A partnership's year takes a connection for a second or more:
 * without a limit, a few analysts refreshing the dashboard hold every connection in the pool and practitioners'
 * pages wait. Beyond the limit a request waits its turn, then is told the service is busy (503).
 */
@Component
class InsightLimit {

    private final Semaphore permits;
    private final long waitMillis;

    InsightLimit(@Value("${homeward.insight.concurrent-figures:2}") int concurrent,
                 @Value("${homeward.insight.figures-wait-ms:20000}") long waitMillis) {
        this.permits = new Semaphore(Math.max(1, concurrent), true);
        this.waitMillis = waitMillis;
    }

    <T> T run(Supplier<T> counting) {
        boolean acquired;
        try {
            acquired = permits.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new QueryTimeoutException("Interrupted waiting to count the board's figures");
        }
        if (!acquired) {
            throw new QueryTimeoutException("Too many board figures being counted at once");
        }
        try {
            return counting.get();
        } finally {
            permits.release();
        }
    }
}
