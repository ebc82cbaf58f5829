package io.hotdsl.openstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimeoutsTest {

  @ParameterizedTest
  @ValueSource(longs = {0, -5, -1_000_000, 86_401, Long.MAX_VALUE / 1_000_000_000})
  void timeoutsAndDeadlinesOutsideOneSecondToTheirMaximumAreRefused(long seconds) {
    Duration d = Duration.ofSeconds(seconds);
    assertThatThrownBy(() -> Timeouts.of(d))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be positive and at most a day");
    if (seconds <= 0 || seconds > 366 * 86_400) {
      assertThatThrownBy(() -> Session.builder().deadline(d))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 30, 86_400})
  void positiveTimeoutsUpToADayAreTaken(long seconds) {
    assertThat(Timeouts.of(Duration.ofSeconds(seconds)).request())
        .isEqualTo(Duration.ofSeconds(seconds));
    assertThat(Timeouts.DEFAULT.read()).isEqualTo(Duration.ofSeconds(30));
  }
}
