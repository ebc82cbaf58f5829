package io.hotdsl.openstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RedactorTest {

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      value = {
        "https://user:pw@keystone:5000/v3 | https://***@keystone:5000/v3",
        "see http://u@h/x and HTTPS://a:b@c | see http://***@h/x and HTTPS://***@c",
        "https://u:p@ss@host/v3 | https://***@host/v3",
        "GET http://h/x?email=a@b | GET http://h/x?email=a@b",
        "mailto a@b.c stays | mailto a@b.c stays",
        "token gAAAA-tok-1 and pw hunter2! | token *** and pw ***",
        "echo \"hunter2!\" in JSON | echo \"***\" in JSON",
        "url hunter2%21 encoded | url *** encoded",
        "longer gAAAA-tok-1-extended | longer ***-extended",
        "nothing to hide | nothing to hide"
      })
  void redactsKnownSecretsAndUserInformation(String text, String expected) {
    Redactor r = Redactor.of(List.of("hunter2!")).with("gAAAA-tok-1", null, "");
    assertThat(r.redact(text.strip())).isEqualTo(expected.strip());
    assertThat(r.leaks(text.strip())).isEqualTo(!text.strip().equals(expected.strip()));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      value = {
        "pa\"ss\\word | {\"password\": \"pa\\\"ss\\\\word\"} | {\"password\": \"***\"}",
        "a b+c | q=a+b%2Bc&r=a%20b%2Bc | q=***&r=***"
      })
  void redactsEscapedForms(String secret, String text, String expected) {
    assertThat(Redactor.of(List.of(secret.strip())).redact(text.strip()))
        .isEqualTo(expected.strip());
  }
}
