package io.hotdsl.yaml.impl;

import io.hotdsl.yaml.HotReadException;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * YAML 1.1 as PyYAML loads it, behind {@link io.hotdsl.yaml.YamlReader}: the fast path
 * ({@link YamlFastPath}), the composer and PyYAML's constructors ({@link YamlComposer},
 * {@link PyYamlConstructor}) and libyaml's leniencies ({@link LibyamlLeniency}), with the limits
 * they share.
 */
public final class PyYamlLoader {
  static final int MAX_ALIASES = 50;
  static final int MAX_DEPTH = 100;

  /** The most code points a document may have (10 MiB). */
  public static final int MAX_CODE_POINTS = 10 * 1024 * 1024;

  private PyYamlLoader() {}

  /**
   * Reads a YAML document as PyYAML's {@code SafeLoader} does: the event-level fast path when
   * {@code fastPath} and the document allows it, otherwise SnakeYAML's composer and PyYAML's
   * constructors, re-reading with each libyaml leniency Heat's {@code CSafeLoader} applies.
   *
   * @return the document's tree, or null for an empty document
   * @throws HotReadException on syntax errors, unsupported tags, non-string keys or exceeded
   *     limits
   */
  public static Object load(String text, String sourceName, boolean fastPath) {
    Object fast = fastPath ? YamlFastPath.read(text) : YamlFastPath.SLOW_PATH;
    if (fast != YamlFastPath.SLOW_PATH) {
      return fast;
    }
    String current = text;
    char placeholder = 0;
    long scanned = 0;
    for (int attempt = 0; ; attempt++) {
      try {
        scanned += current.length();
        return YamlComposer.composeAndConstruct(current, sourceName, placeholder);
      } catch (LibyamlLeniency fix) {
        if (attempt >= MAX_FIXES || scanned + current.length() > MAX_FIX_WORK) {
          throw fix.error;
        }
        String replacement = fix.replacement;
        if (replacement.equals("?")) {
          if (placeholder == 0) {
            placeholder = LibyamlLeniency.unusedPrivateChar(text);
            if (placeholder == 0) {
              throw fix.error;
            }
          }
          replacement = String.valueOf(placeholder);
        }
        current = current.substring(0, fix.index) + replacement + current.substring(fix.end);
      }
    }
  }

  private static final int MAX_FIXES = 200;

  /**
   * Each libyaml leniency re-reads the document: at most this many characters are read in all,
   * {@link #MAX_FIXES} times Heat's {@code max_template_size} (512 KiB), so that a template
   * Heat accepts keeps every correction and a 10 MiB one cannot cost 200 readings.
   */
  private static final long MAX_FIX_WORK = MAX_FIXES * 512L * 1024;

  static LoaderOptions loaderOptions() {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setNestingDepthLimit(MAX_DEPTH);
    options.setCodePointLimit(MAX_CODE_POINTS);
    options.setAllowDuplicateKeys(true);
    options.setAllowRecursiveKeys(true);
    options.setProcessComments(false);
    options.setTagInspector(tag -> true);
    return options;
  }
}
