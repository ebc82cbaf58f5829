package io.hotdsl.deploy;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Polls a stack until its action ends: new events go to the listener as they appear (paged by
 * marker), the status is read each round, and 409/503 answers are retried with a growing wait
 * until the deadline.
 */
final class Waiter {
  private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

  private final HeatClient client;
  private final DeployListener listener;
  private final Duration pollInterval;
  private final int nestedDepth;
  private final long deadlineNanos;
  private final long startNanos;

  Waiter(
      HeatClient client,
      DeployListener listener,
      Duration pollInterval,
      int nestedDepth,
      long startNanos,
      Duration timeout) {
    this.client = client;
    this.listener = listener;
    this.pollInterval = pollInterval;
    this.nestedDepth = nestedDepth;
    this.startNanos = startNanos;
    this.deadlineNanos = startNanos + timeout.toNanos();
  }

  /** The id of the stack's last event, or null when it has none (the marker to start after). */
  String lastEvent(StackRef ref) {
    return retrying(() -> client.lastEvent(ref, nestedDepth));
  }

  /**
   * Waits for {@code action} on {@code ref} to end; {@code marker} is the last event before the
   * action, {@code before} the stack's resource names before it.
   */
  DeployResult await(StackRef ref, String action, String marker, Set<String> before, boolean wait) {
    Tally tally = new Tally(ref, action, before);
    String last = marker;
    while (true) {
      Stack stack;
      try {
        stack = retrying(() -> client.show(ref, false));
      } catch (HeatException e) {
        if (e.notFound() && action.equals("DELETE")) {
          return tally.result("DELETE_COMPLETE", "", elapsed(), false, null);
        }
        throw e;
      }
      boolean ended = !stack.inProgress()
          && (stack.action().equals(action) || stack.action().equals("ROLLBACK"));
      List<StackEvent> events;
      try {
        String from = last;
        events = retrying(() -> client.events(ref, from, nestedDepth));
      } catch (HeatException e) {
        if (e.notFound() && action.equals("DELETE")) {
          return tally.result("DELETE_COMPLETE", "", elapsed(), false, null);
        }
        throw e;
      }
      for (StackEvent e : events) {
        tally.add(e);
        listener.event(e);
        last = e.id();
      }
      if (ended || !wait) {
        Outputs outputs = null;
        String outputsError = "";
        if (ended && stack.complete() && !action.equals("DELETE")) {
          try {
            outputs = retrying(() -> client.show(ref, true)).outputs();
          } catch (HeatException e) {
            outputsError = e.getMessage();
          }
        }
        return tally
            .result(stack.status(), stack.reason(), elapsed(), false, outputs)
            .withOutputsError(outputsError);
      }
      if (System.nanoTime() + pollInterval.toNanos() > deadlineNanos) {
        return tally.result(stack.status(), stack.reason(), elapsed(), true, null);
      }
      sleep(pollInterval);
    }
  }

  /** {@code call}, sent again after a growing wait while Heat answers 409 or 503. */
  <T> T retrying(Supplier<T> call) {
    Duration wait = pollInterval;
    while (true) {
      try {
        return call.get();
      } catch (HeatException e) {
        boolean busy = e.status() == 503 || (e.conflict() && !e.type().equals("StackExists"));
        if (!busy || System.nanoTime() + wait.toNanos() > deadlineNanos) {
          throw e;
        }
        listener.retrying(e, wait);
        sleep(wait);
        wait = wait.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait.multipliedBy(2);
      }
    }
  }

  private Duration elapsed() {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the stack", e);
    }
  }

  /** What the events say happened to each of the stack's own resources. */
  private static final class Tally {
    private final StackRef ref;
    private final String action;
    private final Set<String> before;
    private final Set<String> created = new LinkedHashSet<>();
    private final Set<String> updated = new LinkedHashSet<>();
    private final Set<String> replaced = new LinkedHashSet<>();
    private final Set<String> deleted = new LinkedHashSet<>();
    private final Map<String, String> failed = new LinkedHashMap<>();

    Tally(StackRef ref, String action, Set<String> before) {
      this.ref = ref;
      this.action = action;
      this.before = before;
    }

    void add(StackEvent e) {
      boolean own = e.stackName().isEmpty() || e.stackName().equals(ref.name());
      if (!own || e.isStackEvent(ref)) {
        return;
      }
      String name = e.resourceName();
      switch (e.status()) {
        case "CREATE_COMPLETE" -> (before.contains(name) ? replaced : created).add(name);
        case "ADOPT_COMPLETE" -> created.add(name);
        case "UPDATE_COMPLETE" -> updated.add(name);
        case "DELETE_COMPLETE" -> deleted.add(name);
        default -> {
          if (e.status().endsWith("_FAILED")) {
            failed.put(name, e.reason());
          }
        }
      }
    }

    DeployResult result(
        String status, String reason, Duration duration, boolean timedOut, Outputs outputs) {
      Set<String> del = new LinkedHashSet<>(deleted);
      del.removeAll(replaced);
      if (!action.equals("DELETE")) {
        del.removeAll(created);
      }
      Set<String> upd = new LinkedHashSet<>(updated);
      upd.removeAll(replaced);
      upd.removeAll(created);
      return new DeployResult(
          ref,
          action,
          status,
          reason,
          List.copyOf(created),
          List.copyOf(upd),
          List.copyOf(replaced),
          List.copyOf(del),
          failed,
          duration,
          timedOut,
          outputs == null ? Outputs.parse(null, "") : outputs);
    }
  }
}
