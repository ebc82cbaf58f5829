package io.hotdsl.deploy;

import io.hotdsl.bundle.Bundle;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Deploys one stack: creates it, or updates it when it exists, then waits for the action to end
 * while the listener hears every new event, and returns a {@link DeployResult} with the outputs.
 *
 * <pre>{@code
 * DeployResult r = Deployment.builder(heat, "web")
 *     .request(StackRequest.fromBundle(bundle).parameter("flavor", "m1.small").build())
 *     .listener(e -> System.out.println(e))
 *     .timeout(Duration.ofMinutes(20))
 *     .build()
 *     .run();
 * if (!r.complete()) throw new IllegalStateException(r.failure());
 * String url = r.outputs().string("url");
 * }</pre>
 *
 * <p>A 409 (another action in progress) or 503 answer is retried with a growing wait until the
 * timeout; when the timeout passes the stack is left as it is and the result says
 * {@link DeployResult#timedOut()}. Immutable; each {@link #run()} is one deployment.
 */
public final class Deployment {
  /** Heat's rule for stack names. */
  private static final Pattern NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9_.-]{0,254}");

  private final HeatClient client;
  private final String stackName;
  private final StackRequest request;
  private final DeployListener listener;
  private final Duration timeout;
  private final Duration pollInterval;
  private final int nestedDepth;
  private final boolean waitForCompletion;

  private Deployment(Builder b) {
    this.client = b.client;
    this.stackName = b.stackName;
    this.request = b.request;
    this.listener = b.listener;
    this.timeout = b.timeout;
    this.pollInterval = b.pollInterval;
    this.nestedDepth = b.nestedDepth;
    this.waitForCompletion = b.waitForCompletion;
  }

  /** A deployment of stack {@code stackName} through {@code client}. */
  public static Builder builder(HeatClient client, String stackName) {
    return new Builder(client, stackName);
  }

  public String stackName() {
    return stackName;
  }

  /** The running stack, if it exists. */
  public Optional<Stack> existing() {
    return waiter(System.nanoTime()).retrying(() -> client.find(stackName));
  }

  /** Heat's preview of the update when the stack exists; empty when it would be created. */
  public Optional<UpdatePreview> preview(boolean showNested) {
    StackRequest r = requireRequest();
    return existing().map(s -> client.previewUpdate(s.ref(), r, showNested));
  }

  /**
   * Before an update: the offline impact of the running stack against this request next to
   * Heat's preview; empty when the stack does not exist (it would be created). When the offline
   * impact cannot be computed (a template hot cannot read), its column is empty and
   * {@link ImpactComparison#offlineError()} says why.
   */
  public Optional<ImpactComparison> impact() {
    StackRequest r = requireRequest();
    Optional<Stack> current = existing();
    if (current.isEmpty()) {
      return Optional.empty();
    }
    Stack stack = current.get();
    UpdatePreview heat =
        waiter(System.nanoTime()).retrying(() -> client.previewUpdate(stack.ref(), r, false));
    io.hotdsl.diff.StackDiff offline = null;
    String error = "";
    try {
      io.hotdsl.diff.StackInput running = UpdateInputs.running(client, stack);
      offline = io.hotdsl.diff.UpdateImpact.between(running, UpdateInputs.proposed(r, running));
    } catch (HeatException | io.hotdsl.openstack.OpenStackException e) {
      throw e;
    } catch (RuntimeException e) {
      error = String.valueOf(e.getMessage()).replaceAll("\\s*\\R\\s*", " ");
    }
    return Optional.of(ImpactComparison.of(offline, error, heat));
  }

  /** Creates the stack, or updates it when it exists, and waits (unless told not to). */
  public DeployResult run() {
    StackRequest r = requireRequest();
    long start = System.nanoTime();
    Waiter w = waiter(start);
    Optional<Stack> current = w.retrying(() -> client.find(stackName));
    if (current.isEmpty()) {
      StackRef ref = w.retrying(() -> client.create(stackName, r));
      return w.await(ref, "CREATE", null, Set.of(), waitForCompletion);
    }
    StackRef ref = current.get().ref();
    Set<String> before = new LinkedHashSet<>();
    w.retrying(() -> client.resources(ref, 0)).forEach(res -> before.add(res.name()));
    String marker = w.lastEvent(ref);
    w.retrying(() -> {
      client.update(ref, r);
      return null;
    });
    return w.await(ref, "UPDATE", marker, before, waitForCompletion);
  }

  /**
   * Creates the stack by adopting the physical resources {@code adoptData} describes (what
   * {@link HeatClient#abandon} or {@link HeatClient#export} answered), with this deployment's
   * environment, files and parameters, and waits (unless told not to) for {@code ADOPT} to end.
   * A 409 {@link HeatException} when the stack exists.
   */
  public DeployResult adopt(com.fasterxml.jackson.databind.JsonNode adoptData) {
    StackRequest r =
        request != null ? request : StackRequest.builder(Json.object()).build();
    long start = System.nanoTime();
    Waiter w = waiter(start);
    StackRef ref = w.retrying(() -> client.adopt(stackName, adoptData, r));
    return w.await(ref, "ADOPT", null, Set.of(), waitForCompletion);
  }

  /**
   * Abandons the stack (Heat forgets it, its physical resources stay) and waits (unless told not
   * to) until Heat no longer lists it; returns the adopt data for {@link #adopt}. A 404
   * {@link HeatException} if the stack is absent; a 400 unless Heat allows abandon.
   */
  public com.fasterxml.jackson.databind.JsonNode abandon() {
    long start = System.nanoTime();
    Waiter w = waiter(start);
    StackRef ref = w.retrying(() -> client.find(stackName))
        .orElseThrow(() -> missing("abandon"))
        .ref();
    String marker = w.lastEvent(ref);
    com.fasterxml.jackson.databind.JsonNode data = w.retrying(() -> client.abandon(ref));
    DeployResult gone = w.await(ref, "DELETE", marker, Set.of(), waitForCompletion);
    if (waitForCompletion && !gone.complete()) {
      throw new IllegalStateException(
          "abandon of stack " + stackName + " ended " + gone.status() + ": " + gone.reason());
    }
    return data;
  }

  /** Deletes the stack and waits (unless told not to); a 404 {@link HeatException} if absent. */
  public DeployResult delete() {
    long start = System.nanoTime();
    Waiter w = waiter(start);
    StackRef ref = w.retrying(() -> client.find(stackName))
        .orElseThrow(() -> missing("delete"))
        .ref();
    Set<String> before = new LinkedHashSet<>();
    String marker = w.lastEvent(ref);
    w.retrying(() -> {
      client.delete(ref);
      return null;
    });
    return w.await(ref, "DELETE", marker, before, waitForCompletion);
  }

  private HeatException missing(String verb) {
    return new HeatException(
        404,
        "EntityNotFound",
        "The Stack (" + stackName + ") could not be found.",
        verb + " stack " + stackName + ": Heat says 404 Not Found"
            + " (EntityNotFound): The Stack (" + stackName + ") could not be found.");
  }

  private Waiter waiter(long start) {
    return new Waiter(client, listener, pollInterval, nestedDepth, start, timeout);
  }

  private StackRequest requireRequest() {
    if (request == null) {
      throw new IllegalStateException("deployment of " + stackName + " has no request or bundle");
    }
    return request;
  }

  /** Builds a {@link Deployment}. */
  public static final class Builder {
    private final HeatClient client;
    private final String stackName;
    private StackRequest request;
    private DeployListener listener = DeployListener.NONE;
    private Duration timeout = Duration.ofMinutes(60);
    private Duration pollInterval = Duration.ofSeconds(2);
    private int nestedDepth;
    private boolean waitForCompletion = true;

    private Builder(HeatClient client, String stackName) {
      this.client = Objects.requireNonNull(client, "client");
      Objects.requireNonNull(stackName, "stackName");
      if (!NAME.matcher(stackName).matches()) {
        throw new IllegalArgumentException("stack name " + stackName + ": expected a letter then"
            + " letters, digits, '_', '-' or '.' (at most 255), as Heat requires");
      }
      this.stackName = stackName;
    }

    /** What to send: the template, files, environment, parameters. */
    public Builder request(StackRequest request) {
      this.request = Objects.requireNonNull(request, "request");
      return this;
    }

    /** The bundle as python-heatclient sends it from the working directory. */
    public Builder bundle(Bundle bundle) {
      return request(StackRequest.fromBundle(bundle).build());
    }

    public Builder listener(DeployListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /** How long to wait for the action, retries included (default 60 min). */
    public Builder timeout(Duration timeout) {
      this.timeout = positive(timeout, "timeout");
      return this;
    }

    /** How often the status and events are read (default 2 s); the first retry's wait too. */
    public Builder pollInterval(Duration pollInterval) {
      this.pollInterval = positive(pollInterval, "pollInterval");
      return this;
    }

    /** How many levels of nested stacks' events the listener hears (default 0). */
    public Builder nestedDepth(int nestedDepth) {
      if (nestedDepth < 0) {
        throw new IllegalArgumentException("nestedDepth must not be negative: " + nestedDepth);
      }
      this.nestedDepth = nestedDepth;
      return this;
    }

    /** Whether {@link #run()} waits for the action to end (default true). */
    public Builder waitForCompletion(boolean wait) {
      this.waitForCompletion = wait;
      return this;
    }

    public Deployment build() {
      return new Deployment(this);
    }

    private static Duration positive(Duration d, String name) {
      Objects.requireNonNull(d, name);
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive, not " + d);
      }
      return d;
    }
  }
}
