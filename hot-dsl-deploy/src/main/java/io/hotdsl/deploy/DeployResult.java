package io.hotdsl.deploy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How a create, update or delete ended, from the stack's status and its events.
 *
 * @param stack the stack
 * @param action what was asked: {@code CREATE}, {@code UPDATE} or {@code DELETE}
 * @param status the stack's last status ({@code CREATE_COMPLETE}, {@code ROLLBACK_COMPLETE} …;
 *     {@code *_IN_PROGRESS} when not waited for or timed out)
 * @param reason Heat's reason for the status
 * @param created resources created (for an update: resources that did not exist before)
 * @param updated resources updated in place
 * @param replaced resources replaced (created anew under a name that existed before)
 * @param deleted resources deleted (not counting the old resource of a replacement)
 * @param failed resources whose action failed: name → Heat's reason
 * @param duration from the request to the last status read
 * @param timedOut whether the wait ended at the timeout with the action still in progress
 * @param outputs the outputs read back after a completed create or update (else empty)
 * @param outputsError why Heat did not give the outputs of a completed action (its message), or
 *     ""
 */
public record DeployResult(
    StackRef stack,
    String action,
    String status,
    String reason,
    List<String> created,
    List<String> updated,
    List<String> replaced,
    List<String> deleted,
    Map<String, String> failed,
    Duration duration,
    boolean timedOut,
    Outputs outputs,
    String outputsError) {

  DeployResult(
      StackRef stack,
      String action,
      String status,
      String reason,
      List<String> created,
      List<String> updated,
      List<String> replaced,
      List<String> deleted,
      Map<String, String> failed,
      Duration duration,
      boolean timedOut,
      Outputs outputs) {
    this(
        stack, action, status, reason, created, updated, replaced, deleted, failed, duration,
        timedOut, outputs, "");
  }

  DeployResult withOutputsError(String error) {
    return new DeployResult(
        stack, action, status, reason, created, updated, replaced, deleted, failed, duration,
        timedOut, outputs, error);
  }

  public DeployResult {
    created = List.copyOf(created);
    updated = List.copyOf(updated);
    replaced = List.copyOf(replaced);
    deleted = List.copyOf(deleted);
    failed = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(failed));
  }

  /** Whether the action completed: the status is {@code ACTION_COMPLETE}. */
  public boolean complete() {
    return status.equals(action + "_COMPLETE");
  }

  /** Whether the action ended and did not complete ({@code *_FAILED}, or a rollback). */
  public boolean failedAction() {
    return !complete() && !status.endsWith("_IN_PROGRESS");
  }

  /**
   * One line: {@code CREATE_COMPLETE in 4.2 s: 3 created, 1 updated, 0 replaced, 0 deleted, 0
   * failed}.
   */
  public String summary() {
    return status + " in "
        + String.format(java.util.Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0) + ": "
        + created.size() + " created, " + updated.size()
        + " updated, " + replaced.size() + " replaced, " + deleted.size() + " deleted, "
        + failed.size() + " failed";
  }

  /**
   * Why the action failed, naming the resources: {@code resource bad: Error: …}, or Heat's reason
   * for the stack when no resource failed.
   */
  public String failure() {
    if (failed.isEmpty()) {
      return stack.name() + " " + status + (reason.isEmpty() ? "" : ": " + reason);
    }
    return failed.entrySet().stream()
        .map(e -> "resource " + e.getKey() + " " + action + "_FAILED: " + e.getValue())
        .collect(Collectors.joining("; "));
  }
}
