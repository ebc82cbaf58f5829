package io.hotdsl.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code hot validate --json}: one document for the whole run, {@code {"files": [{file, status,
 * errors, warnings}], "problems": [{file, line, column, path, severity, message}], "summary":
 * {templates, valid, invalid, unreadable, errors, warnings}}}; line and column are left out where
 * they are not known, status is valid, invalid or unreadable.
 */
final class ValidateJson {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ValidateJson() {}

  static String of(
      List<ValidateCommand.Report> reports, List<Finding> inputProblems, Summary summary) {
    List<Map<String, Object>> files = new ArrayList<>();
    List<Map<String, Object>> problems = new ArrayList<>();
    inputProblems.forEach(f -> problems.add(f.json()));
    for (ValidateCommand.Report r : reports) {
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("file", r.file());
      f.put(
          "status",
          switch (r.status()) {
            case Diagnostics.OK -> "valid";
            case Diagnostics.INVALID -> "invalid";
            default -> "unreadable";
          });
      f.put("errors", r.errors());
      f.put("warnings", r.warnings());
      files.add(f);
      r.findings().forEach(p -> problems.add(p.json()));
    }
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("templates", summary.templates());
    s.put("valid", summary.valid());
    s.put("invalid", summary.invalid());
    s.put("unreadable", summary.unreadable());
    s.put("errors", summary.errors());
    s.put("warnings", summary.warnings());
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("files", files);
    doc.put("problems", problems);
    doc.put("summary", s);
    return write(doc);
  }

  /** Any tree of maps, lists, strings, numbers and booleans as indented JSON (every --json). */
  static String write(Object tree) {
    try {
      return JSON.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
