package io.hotdsl.heat.oracle;

/**
 * Heat's answer to one {@link HeatCase}.
 *
 * @param id    the case's id
 * @param ok    true when Heat accepted the template / parsed the document
 * @param error Heat's message when it did not (null when ok); messages starting with
 *              {@link #CRASH_PREFIX} are failures of the oracle itself, not Heat verdicts
 * @param tree  for load cases, the parsed tree (LinkedHashMap, List, String, Long, Double,
 *              Boolean or null); null otherwise
 */
public record HeatVerdict(String id, boolean ok, String error, Object tree) {

  /** Prefix of errors that come from the oracle script crashing rather than from Heat. */
  public static final String CRASH_PREFIX = "ORACLE-CRASH:";

  /** True when the error is an oracle crash, not a Heat rejection. */
  public boolean crashed() {
    return error != null && error.startsWith(CRASH_PREFIX);
  }
}
