package io.hotdsl.cli;

import io.hotdsl.deploy.DeployListener;
import io.hotdsl.deploy.HeatException;
import io.hotdsl.deploy.StackEvent;
import java.io.PrintStream;
import java.time.Duration;

/** Prints each event as it comes: time, resource, status, reason. */
final class EventPrinter implements DeployListener {
  private final PrintStream out;
  private final PrintStream err;

  EventPrinter(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public void event(StackEvent e) {
    out.println(e);
    out.flush();
  }

  @Override
  public void retrying(HeatException failure, Duration wait) {
    err.println("retrying in " + wait.toSeconds() + " s: " + failure.getMessage());
  }
}
