package io.hotdsl.lsp;

import io.hotdsl.model.HotVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * Completion where a condition goes: the template's condition names and the condition functions
 * its {@code heat_template_version} allows ({@link HotVersion#conditionFunctions()}: {@code
 * equals}, {@code not}, {@code and}, {@code or}, then {@code contains}, {@code yaql}...). A
 * condition goes in an item of {@code and} and {@code or}, the argument of {@code not}, the first
 * item of {@code if} (flow {@code [...]} or block {@code - } lists); there both are offered (the
 * condition being defined is not: it would name itself). A resource's or output's {@code
 * condition:} takes a name; a definition in the {@code conditions} section takes a function
 * (Heat refuses a bare name there).
 */
final class ConditionCompletions {
  private static final Pattern KEY_BEFORE = Pattern.compile("([\\w\\-]+):\\s*$");
  private static final Pattern NOT_VALUE = Pattern.compile("\\bnot:\\s*$");
  private static final Pattern CONDITION = Pattern.compile("^\\s*condition:\\s*[\\w\\-.]*$");
  private static final Pattern DEFINITION =
      Pattern.compile("^\\s*([\\w\\-.]+):\\s*\\{?\\s*[\\w]*$");
  private static final Pattern LINE_KEY = Pattern.compile("^\\s*([\\w\\-.]+):");

  private ConditionCompletions() {}

  /** The items at the cursor when it is where a condition goes; null when it is not. */
  static List<CompletionItem> at(OpenDocument doc, CursorContext c) {
    List<String> a = c.ancestors;
    String before = c.prefix.substring(0, c.word.getStart().getCharacter());
    HotVersion version = Completions.version(doc);
    boolean resourceOrOutput =
        a.size() == 2 && (a.get(0).equals("resources") || a.get(0).equals("outputs"));
    if (resourceOrOutput && CONDITION.matcher(c.prefix).find()) {
      return names(doc, null, c);
    }
    String self = a.size() >= 2 && a.get(0).equals("conditions") ? a.get(1) : null;
    if (self == null && a.size() == 1 && a.get(0).equals("conditions")) {
      Matcher k = LINE_KEY.matcher(c.prefix);
      self = k.find() ? k.group(1) : null;
    }
    // a definition: "name: " or "name: {" in the conditions section, or a key under "name:"
    if (a.size() == 1
        && a.get(0).equals("conditions")
        && DEFINITION.matcher(c.prefix).find()
        && c.prefix.contains(":")) {
      boolean brace = before.strip().endsWith("{");
      return functions(version, brace ? Shape.BARE : Shape.FLOW, c);
    }
    if (a.size() == 2 && a.get(0).equals("conditions") && c.keyPosition && !c.listItem) {
      return functions(version, Shape.KEY, c);
    }
    Place p = place(before, c);
    if (p == null) {
      return null;
    }
    List<CompletionItem> out = new ArrayList<>();
    if (!p.brace) {
      out.addAll(names(doc, self, c));
    }
    out.addAll(functions(version, p.brace ? Shape.BARE : p.block ? Shape.KEY : Shape.FLOW, c));
    return out;
  }

  /** Where a condition goes: in a flow or block collection, after an opening brace or not. */
  private record Place(boolean brace, boolean block) {}

  private static Place place(String before, CursorContext c) {
    String t = before;
    boolean brace = t.stripTrailing().endsWith("{");
    if (brace) {
      t = t.stripTrailing();
      t = t.substring(0, t.length() - 1);
    }
    int open = unmatchedOpener(t);
    if (open >= 0 && t.charAt(open) == '[') {
      Matcher k = KEY_BEFORE.matcher(t.substring(0, open));
      String key = k.find() ? k.group(1) : "";
      if (key.equals("and")
          || key.equals("or")
          || key.equals("if") && topLevelCommas(t.substring(open + 1)) == 0) {
        return new Place(brace, false);
      }
      return null;
    }
    if (open < 0 || t.charAt(open) == '{') {
      if (NOT_VALUE.matcher(t).find()) {
        return new Place(brace, false);
      }
    }
    if (open < 0 && c.listItem && t.strip().matches("(-\\s*)+")) {
      String parent = c.parentKey();
      if (parent.equals("and")
          || parent.equals("or")
          || parent.equals("if") && c.previousItems.isEmpty()) {
        return new Place(brace, !brace);
      }
    }
    return null;
  }

  /** The index of the innermost {@code [} or {@code {} not closed before the end, or -1. */
  static int unmatchedOpener(String s) {
    List<Integer> stack = new ArrayList<>();
    char quote = 0;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (quote != 0) {
        quote = ch == quote ? 0 : quote;
      } else if (ch == '"' || ch == '\'') {
        quote = ch;
      } else if (ch == '[' || ch == '{') {
        stack.add(i);
      } else if ((ch == ']' || ch == '}') && !stack.isEmpty()) {
        stack.remove(stack.size() - 1);
      }
    }
    return stack.isEmpty() ? -1 : stack.get(stack.size() - 1);
  }

  private static int topLevelCommas(String s) {
    int depth = 0;
    int commas = 0;
    for (char ch : s.toCharArray()) {
      if (ch == '[' || ch == '{') {
        depth++;
      } else if (ch == ']' || ch == '}') {
        depth--;
      } else if (ch == ',' && depth == 0) {
        commas++;
      }
    }
    return commas;
  }

  private static List<CompletionItem> names(OpenDocument doc, String self, CursorContext c) {
    List<CompletionItem> out = new ArrayList<>();
    for (Object n : doc.map("conditions").keySet()) {
      String name = String.valueOf(n);
      if (!name.equals(self)) {
        out.add(item(name, name, CompletionItemKind.Variable, "condition", c));
      }
    }
    return out;
  }

  /** How a function is inserted: after "{", as a flow mapping, as a block key. */
  private enum Shape {
    BARE,
    FLOW,
    KEY
  }

  private static List<CompletionItem> functions(HotVersion v, Shape shape, CursorContext c) {
    List<CompletionItem> out = new ArrayList<>();
    Set<String> fs = new TreeSet<>(v.conditionFunctions());
    for (String f : fs) {
      String text = switch (shape) {
        case BARE -> f;
        case FLOW -> "{" + f + ": }";
        case KEY -> f + ": ";
      };
      out.add(item(
          f,
          text,
          CompletionItemKind.Function,
          "condition function of " + "heat_template_version " + v.key(),
          c));
    }
    return out;
  }

  private static CompletionItem item(
      String label, String text, CompletionItemKind kind, String detail, CursorContext c) {
    CompletionItem i = new CompletionItem(label);
    i.setKind(kind);
    i.setDetail(detail);
    i.setTextEdit(Either.forLeft(new TextEdit(c.word, text)));
    return i;
  }
}
