package io.hotdsl.cli;

import java.util.Locale;
import picocli.CommandLine;

/**
 * Colour in diagnostics: {@code --color=auto} (default) colours only when the process talks to a
 * terminal ({@link System#console()}) and {@code NO_COLOR} is unset (no-color.org);
 * {@code always} and {@code never} decide outright.
 */
final class Style {
  static final Style PLAIN = new Style(false);

  private final boolean colour;

  private Style(boolean colour) {
    this.colour = colour;
  }

  /** The style {@code choice} asks for, given the environment's {@code NO_COLOR} and terminal. */
  static Style of(Choice choice, String noColor, boolean terminal) {
    return switch (choice) {
      case ALWAYS -> new Style(true);
      case NEVER -> PLAIN;
      case AUTO -> new Style(terminal && (noColor == null || noColor.isEmpty()));
    };
  }

  /** The style for this process: its console and {@code NO_COLOR}. */
  static Style of(Choice choice) {
    return of(choice, System.getenv("NO_COLOR"), System.console() != null);
  }

  boolean coloured() {
    return colour;
  }

  String bold(String s) {
    return wrap("1", s);
  }

  String red(String s) {
    return wrap("1;31", s);
  }

  String yellow(String s) {
    return wrap("1;33", s);
  }

  String green(String s) {
    return wrap("32", s);
  }

  private String wrap(String code, String s) {
    return colour ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
  }

  /** When to colour. */
  enum Choice {
    AUTO,
    ALWAYS,
    NEVER
  }

  /** The {@code --color} option of the commands that print diagnostics. */
  static final class ColorOption {
    @CommandLine.Option(
        names = "--color",
        paramLabel = "WHEN",
        defaultValue = "auto",
        converter = ChoiceConverter.class,
        description = "colour diagnostics: auto (default: only on a terminal, and not when "
            + "NO_COLOR is set), always or never")
    Choice choice = Choice.AUTO;
  }

  /** Reads auto, always or never. */
  static final class ChoiceConverter implements CommandLine.ITypeConverter<Choice> {
    @Override
    public Choice convert(String value) {
      try {
        return Choice.valueOf(value.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(
            "expected auto, always or never, not '" + value + "'");
      }
    }
  }
}
