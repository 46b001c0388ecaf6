package medsim.experiment;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for work on a thread pool, with the task's own exception rethrown as it was. */
final class Futures {
    private Futures() {}

    static <T> T await(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }
}
