package io.hotdsl.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The action of an event's status, for every status Heat writes. */
class StackEventTest {
  @ParameterizedTest
  @CsvSource({
    "CREATE_IN_PROGRESS, CREATE", "CREATE_COMPLETE, CREATE", "CREATE_FAILED, CREATE",
    "UPDATE_IN_PROGRESS, UPDATE", "UPDATE_COMPLETE, UPDATE", "DELETE_IN_PROGRESS, DELETE",
    "ROLLBACK_IN_PROGRESS, ROLLBACK", "ADOPT_COMPLETE, ADOPT", "SNAPSHOT_FAILED, SNAPSHOT",
    "CHECK_IN_PROGRESS, CHECK", "INIT_COMPLETE, INIT"
  })
  void actionIsTheStatusWithoutItsState(String status, String action) {
    StackEvent e = new StackEvent("id", "t", "r", status, "", "", "", "s");
    assertThat(e.action()).isEqualTo(action);
  }
}
