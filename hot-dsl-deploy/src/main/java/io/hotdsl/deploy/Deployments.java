package io.hotdsl.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs several {@link Deployment}s at once on a bounded pool: at most {@code parallelism} stacks
 * are in flight, each deployment waits for its own stack, and every deployment gets an
 * {@link Outcome} in the order given — one that failed to start (a Heat error, a connection
 * error) does not stop the others.
 *
 * <pre>{@code
 * List<Deployments.Outcome> all = Deployments.run(List.of(web, db, dns), 2);
 * all.stream().filter(o -> !o.complete()).forEach(o -> System.err.println(o.describe()));
 * }</pre>
 */
public final class Deployments {
  private Deployments() {}

  /** What became of one deployment: its result, or the error that ended it. */
  public record Outcome(
      String stackName, Optional<DeployResult> result, Optional<RuntimeException> error) {
    public Outcome {
      Objects.requireNonNull(stackName, "stackName");
      Objects.requireNonNull(result, "result");
      Objects.requireNonNull(error, "error");
      if (result.isPresent() == error.isPresent()) {
        throw new IllegalArgumentException("an outcome is a result or an error, not both");
      }
    }

    /** Whether the stack ended {@code *_COMPLETE}. */
    public boolean complete() {
      return result.map(DeployResult::complete).orElse(false);
    }

    /** One line: the stack and its summary, or the error's message. */
    public String describe() {
      return stackName + ": "
          + result
              .map(DeployResult::summary)
              .orElseGet(() -> error.orElseThrow().getMessage());
    }
  }

  /**
   * Runs every deployment ({@link Deployment#run()}), at most {@code parallelism} at a time, and
   * returns their outcomes in the order given once all have ended.
   */
  public static List<Outcome> run(List<Deployment> deployments, int parallelism) {
    List<Deployment> all = List.copyOf(deployments);
    if (parallelism < 1) {
      throw new IllegalArgumentException("parallelism must be at least 1, not " + parallelism);
    }
    long names = all.stream().map(Deployment::stackName).distinct().count();
    if (names != all.size()) {
      throw new IllegalArgumentException("each deployment needs its own stack: two deployments"
          + " of one stack at once would make Heat refuse the second with 409");
    }
    if (all.isEmpty()) {
      return List.of();
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallelism, all.size()), r -> {
      Thread t = new Thread(r, "hot-deploy");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<DeployResult>> futures = new ArrayList<>();
      for (Deployment d : all) {
        futures.add(pool.submit(d::run));
      }
      List<Outcome> outcomes = new ArrayList<>();
      for (int i = 0; i < all.size(); i++) {
        outcomes.add(outcome(all.get(i).stackName(), futures.get(i)));
      }
      return List.copyOf(outcomes);
    } finally {
      pool.shutdownNow();
    }
  }

  private static Outcome outcome(String name, Future<DeployResult> future) {
    try {
      return new Outcome(name, Optional.of(future.get()), Optional.empty());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Outcome(
          name,
          Optional.empty(),
          Optional.of(new IllegalStateException(
              "interrupted while deploying " + name + "; the stack is left as it is", e)));
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        return new Outcome(name, Optional.empty(), Optional.of(re));
      }
      throw new IllegalStateException("deployment of " + name + " failed", e.getCause());
    }
  }
}
