package io.hotdsl.cli;

import io.hotdsl.deploy.HeatException;
import io.hotdsl.deploy.MalformedAnswerException;
import io.hotdsl.openstack.OpenStackException;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;

/**
 * What the commands that talk to Heat share: one line on stderr for every failure, no stack
 * trace; exit 1 when Heat refuses (its message) or the stack fails, 2 for usage, files that
 * cannot be read and Heat that cannot be reached (naming the URL).
 */
abstract class HeatCommand implements Callable<Integer> {

  /** The command's name in messages: {@code hot deploy}. */
  abstract String name();

  /** The command's work; its exit status. */
  abstract int run() throws Exception;

  @Override
  public final Integer call() {
    try {
      return run();
    } catch (HeatException e) {
      return fail(e.getMessage(), 1);
    } catch (MalformedAnswerException e) {
      return fail(e.getMessage(), 1);
    } catch (OpenStackException e) {
      return fail(e.getMessage(), 2);
    } catch (UncheckedIOException e) {
      return fail(
          e.getCause().getMessage() == null
              ? e.getMessage()
              : "cannot read " + e.getCause().getMessage(),
          2);
    } catch (IllegalArgumentException | IllegalStateException e) {
      return fail(e.getMessage(), 2);
    } catch (Exception e) {
      return fail(e.getClass().getSimpleName() + ": " + e.getMessage(), 2);
    }
  }

  int fail(String message, int status) {
    System.out.flush();
    System.err.println(
        name() + ": " + String.valueOf(message).strip().replaceAll("\\s*\\R\\s*", " "));
    return status;
  }
}
