package io.hotdsl.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import io.hotdsl.yaml.PyYamlResolver;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserException;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.resolver.Resolver;
import org.yaml.snakeyaml.scanner.ScannerException;

/**
 * Reads HOT templates and environments exactly as Heat's {@code template_format.parse} loads them:
 * JSON first (when the text is a JSON object), otherwise YAML 1.1 with PyYAML's {@code SafeLoader}
 * resolvers and constructors, timestamps kept as strings.
 *
 * <p>The result is a <em>tree</em>: {@code LinkedHashMap<String, Object>} (document order),
 * {@code ArrayList<Object>}, {@code String}, {@code Long} (or {@code BigInteger} when it does not
 * fit), {@code Double}, {@code Boolean} and {@code null}.
 *
 * <p>YAML is parsed with SnakeYAML's low-level parser and composer (limits: 50 aliases to
 * collections, nesting depth 100, 10 MiB of code points); plain scalars are typed here with
 * PyYAML's exact regular expressions ({@link PyYamlResolver}) and PyYAML's constructor algorithms:
 * {@code yes/No/ON} are booleans ({@code y}/{@code n} are strings), {@code 010} is 8, {@code 0x1F} 31,
 * {@code 1_000} 1000, {@code 1:20} 80, {@code 1:20.5} 80.5, {@code 1e3} a string,
 * {@code 2018-08-31} a string, {@code ~} null; merge keys {@code <<} are flattened as PyYAML does,
 * duplicate keys keep the last value (in the first key's position). Explicit tags {@code !!str},
 * {@code !!int}, {@code !!float}, {@code !!bool}, {@code !!null}, {@code !!timestamp},
 * {@code !!map}, {@code !!seq} are honoured; any other tag is rejected. Map keys must be strings.
 *
 * <p>Aliased collections are shared in the result (as in PyYAML); recursive aliases are rejected.
 */
public final class YamlReader {

    private static final int MAX_ALIASES = 50;
    private static final int MAX_DEPTH = 100;
    private static final int MAX_CODE_POINTS = 10 * 1024 * 1024;

    private static final String VALUE_TAG = "tag:yaml.org,2002:value";
    private static final Tag VALUE_T = new Tag(VALUE_TAG);

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    private YamlReader() {
    }

    /**
     * Reads a template or environment like Heat's {@code template_format.parse}: the text is
     * parsed as JSON when it is a JSON object, otherwise as YAML. An empty YAML document gives an
     * empty map.
     *
     * @param text the template text
     * @param sourceName the name used in error messages (file name, URL...)
     * @return the top-level mapping, a {@code LinkedHashMap<String, Object>}
     * @throws HotReadException on syntax errors, unsupported tags, non-string keys, exceeded
     *     limits, or when the document is not a mapping
     */
    public static Object read(String text, String sourceName) {
        return read(text, sourceName, true);
    }

    /** {@link #read} without the event-level fast path: the reference the fast path is tested on. */
    static Object readComposed(String text, String sourceName) {
        return read(text, sourceName, false);
    }

    private static Object read(String text, String sourceName, boolean fast) {
        checkSize(text, sourceName);
        int i = 0;
        int n = text.length();
        while (i < n && isJsonSpace(text.charAt(i))) {
            i++;
        }
        Object tree;
        if (i < n && text.charAt(i) == '{') {
            Object json;
            try {
                json = readJson(text, sourceName);
            } catch (HotReadException notJson) {
                json = NOT_JSON; // Heat: json.loads failed, fall back to YAML
            }
            tree = json != NOT_JSON ? json : readYaml(text, sourceName, fast);
        } else {
            tree = readYaml(text, sourceName, fast);
            if (tree == null) {
                tree = new LinkedHashMap<String, Object>();
            }
        }
        if (!(tree instanceof Map)) {
            int[] at = Positions.firstContent(text);
            throw new HotReadException(sourceName, at[0], at[1],
                    "The template is not a JSON object or YAML mapping.", null, null);
        }
        return tree;
    }

    private static final Object NOT_JSON = new Object();

    /**
     * Refuses a text over the limit of {@value #MAX_CODE_POINTS} code points before any scanning,
     * naming the line and column where the limit is crossed.
     */
    private static void checkSize(String text, String sourceName) {
        if (text.length() <= MAX_CODE_POINTS) {
            return; // a string never has more code points than chars
        }
        int codePoints = text.codePointCount(0, text.length());
        if (codePoints > MAX_CODE_POINTS) {
            int[] at = Positions.lineAndColumn(text, MAX_CODE_POINTS);
            throw new HotReadException(sourceName, at[0], at[1], "the document has " + codePoints
                    + " code points, more than the limit of " + MAX_CODE_POINTS + " (10 MiB)",
                    null, null);
        }
    }

    private static boolean isJsonSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    /**
     * Reads one JSON value as a tree (like Python's {@code json.loads}: {@code NaN},
     * {@code Infinity}, {@code -Infinity} accepted, duplicate keys keep the last value).
     *
     * @param text the JSON text
     * @param sourceName the name used in error messages
     * @return the tree (any JSON value, not only objects)
     * @throws HotReadException on syntax errors, with 1-based line and column
     */
    public static Object readJson(String text, String sourceName) {
        checkSize(text, sourceName);
        try (JsonParser p = JSON.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new HotReadException(sourceName, 1, 1, "Expecting value", null, null);
            }
            Object v = jsonValue(p, t);
            if (p.nextToken() != null) {
                JsonLocation loc = p.currentTokenLocation();
                throw new HotReadException(sourceName, loc.getLineNr(), loc.getColumnNr(),
                        "Extra data", null, null);
            }
            return v;
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            throw new HotReadException(sourceName, loc == null ? 0 : loc.getLineNr(),
                    loc == null ? 0 : loc.getColumnNr(), e.getOriginalMessage(), null, e);
        } catch (IOException e) {
            throw new HotReadException(sourceName, 0, 0, e.toString(), null, e);
        }
    }

    private static Object jsonValue(JsonParser p, JsonToken t) throws IOException {
        switch (t) {
            case START_OBJECT: {
                Map<String, Object> m = new LinkedHashMap<>();
                for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
                    String name = p.currentName();
                    m.put(name, jsonValue(p, p.nextToken()));
                }
                return m;
            }
            case START_ARRAY: {
                List<Object> l = new ArrayList<>();
                for (JsonToken k = p.nextToken(); k != JsonToken.END_ARRAY; k = p.nextToken()) {
                    l.add(jsonValue(p, k));
                }
                return l;
            }
            case VALUE_STRING:
                return p.getText();
            case VALUE_NUMBER_INT:
                if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                    return p.getBigIntegerValue();
                }
                return p.getLongValue();
            case VALUE_NUMBER_FLOAT:
                if (p.isNaN()) {
                    String t2 = p.getText();
                    if (!t2.equals("NaN") && !t2.equals("Infinity") && !t2.equals("-Infinity")) {
                        // Python's json accepts only these three spellings
                        throw new JsonParseException(p, "Expecting value: " + t2);
                    }
                }
                return p.getDoubleValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            default:
                throw new IOException("unexpected JSON token " + t);
        }
    }

    // ------------------------------------------------------------------ YAML

    private static Object readYaml(String text, String sourceName, boolean fastPath) {
        Object fast = fastPath ? readYamlFast(text) : SLOW_PATH;
        if (fast != SLOW_PATH) {
            return fast;
        }
        String current = text;
        char placeholder = 0;
        long scanned = 0;
        for (int attempt = 0; ; attempt++) {
            try {
                scanned += current.length();
                return composeAndConstruct(current, sourceName, placeholder);
            } catch (LibyamlLeniency fix) {
                if (attempt >= MAX_FIXES || scanned + current.length() > MAX_FIX_WORK) {
                    throw fix.error;
                }
                String replacement = fix.replacement;
                if (replacement.equals("?")) {
                    if (placeholder == 0) {
                        placeholder = unusedPrivateChar(text);
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

    // ------------------------------------------------------------------ YAML fast path

    /** Returned by the fast path for a document it leaves to the composer path. */
    private static final Object SLOW_PATH = new Object();

    private static LoaderOptions loaderOptions() {
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

    /**
     * Builds the tree straight from SnakeYAML's parser events, without the composer's node graph,
     * for the documents almost every template is: no anchor, alias, tag or merge key, every key a
     * string. Anything else (those features, a syntax error, a limit, a scalar PyYAML would reject)
     * returns {@link #SLOW_PATH}, and the composer path reads the document from the start, so
     * results and errors are exactly the composer path's. Typing and constructors are the same
     * ({@link PyYamlResolver}, {@link #constructInt}, {@link #constructFloat}).
     */
    private static Object readYamlFast(String text) {
        try {
            ParserImpl parser = new ParserImpl(new LinearStreamReader(text), loaderOptions());
            parser.getEvent(); // stream start
            if (parser.checkEvent(Event.ID.StreamEnd)) {
                return null;
            }
            parser.getEvent(); // document start
            Object root = fastNode(parser, 0);
            if (root == SLOW_PATH) {
                return SLOW_PATH;
            }
            parser.getEvent(); // document end
            return parser.checkEvent(Event.ID.StreamEnd) ? root : SLOW_PATH;
        } catch (RuntimeException e) {
            return SLOW_PATH; // the composer path reports it, with its leniencies and messages
        }
    }

    private static Object fastNode(Parser parser, int depth) {
        Event e = parser.getEvent();
        switch (e.getEventId()) {
            case Scalar: {
                ScalarEvent s = (ScalarEvent) e;
                if (s.getTag() != null || s.getAnchor() != null) {
                    return SLOW_PATH;
                }
                String v = s.getValue();
                if (!s.getImplicit().canOmitTagInPlainScalar()) {
                    return v;
                }
                switch (PyYamlResolver.resolvePlain(v)) {
                    case STR:
                    case TIMESTAMP:
                        return v;
                    case NULL:
                        return null;
                    case BOOL:
                        switch (v.toLowerCase(Locale.ROOT)) {
                            case "yes": case "true": case "on":
                                return Boolean.TRUE;
                            case "no": case "false": case "off":
                                return Boolean.FALSE;
                            default:
                                return SLOW_PATH;
                        }
                    case INT:
                        try {
                            return constructInt(v);
                        } catch (NumberFormatException | IndexOutOfBoundsException x) {
                            return SLOW_PATH;
                        }
                    case FLOAT:
                        try {
                            return constructFloat(v);
                        } catch (NumberFormatException | IndexOutOfBoundsException x) {
                            return SLOW_PATH;
                        }
                    default:
                        return SLOW_PATH; // merge key or '=' as a value
                }
            }
            case MappingStart: {
                MappingStartEvent m = (MappingStartEvent) e;
                if (m.getTag() != null || m.getAnchor() != null || depth >= MAX_DEPTH - 1) {
                    return SLOW_PATH;
                }
                Map<String, Object> out = new LinkedHashMap<>();
                while (!parser.checkEvent(Event.ID.MappingEnd)) {
                    Event k = parser.getEvent();
                    if (!(k instanceof ScalarEvent)) {
                        return SLOW_PATH;
                    }
                    ScalarEvent ks = (ScalarEvent) k;
                    if (ks.getTag() != null || ks.getAnchor() != null) {
                        return SLOW_PATH;
                    }
                    String key = ks.getValue();
                    if (ks.getImplicit().canOmitTagInPlainScalar()) {
                        PyYamlResolver.Kind kind = PyYamlResolver.resolvePlain(key);
                        if (kind != PyYamlResolver.Kind.STR && kind != PyYamlResolver.Kind.TIMESTAMP
                                && kind != PyYamlResolver.Kind.VALUE) {
                            return SLOW_PATH; // a merge key, or a key that is no string
                        }
                    }
                    Object value = fastNode(parser, depth + 1);
                    if (value == SLOW_PATH) {
                        return SLOW_PATH;
                    }
                    out.put(key, value);
                }
                parser.getEvent(); // mapping end
                return out;
            }
            case SequenceStart: {
                SequenceStartEvent q = (SequenceStartEvent) e;
                if (q.getTag() != null || q.getAnchor() != null || depth >= MAX_DEPTH - 1) {
                    return SLOW_PATH;
                }
                List<Object> out = new ArrayList<>();
                while (!parser.checkEvent(Event.ID.SequenceEnd)) {
                    Object item = fastNode(parser, depth + 1);
                    if (item == SLOW_PATH) {
                        return SLOW_PATH;
                    }
                    out.add(item);
                }
                parser.getEvent(); // sequence end
                return out;
            }
            default:
                return SLOW_PATH; // an alias
        }
    }

    /** A private-use character absent from {@code text}, found in one pass, or 0. */
    private static char unusedPrivateChar(String text) {
        java.util.BitSet used = new java.util.BitSet('\uF8FF' - '\uE000' + 1);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uE000' && c <= '\uF8FF') {
                used.set(c - '\uE000');
            }
        }
        int free = used.nextClearBit(0);
        return free <= '\uF8FF' - '\uE000' ? (char) ('\uE000' + free) : 0;
    }

    /**
     * Internal: a place where libyaml (Heat's CSafeLoader) is more lenient than SnakeYAML and
     * pure-Python PyYAML, which the reader rewrites and retries: a tab used as a separator
     * between tokens (becomes a space; columns are unchanged, libyaml counts a tab as one column
     * too), or a {@code ?} inside a plain scalar in a flow collection (becomes a private-use
     * placeholder, turned back into {@code ?} in the constructed strings).
     */
    private static final class LibyamlLeniency extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int index;
        final int end;
        final String replacement;
        final transient HotReadException error;

        LibyamlLeniency(int index, char replacement, HotReadException error) {
            this(index, index + 1, String.valueOf(replacement), error);
        }

        LibyamlLeniency(int index, int end, String replacement, HotReadException error) {
            super(null, null, false, false);
            this.index = index;
            this.end = end;
            this.replacement = replacement;
            this.error = error;
        }
    }

    /** UTF-16 index of the character at a SnakeYAML mark (0-based line, code point column). */
    private static int indexOf(String text, Mark mark) {
        if (mark == null) {
            return -1;
        }
        int lineStart = 0;
        for (int l = 0; l < mark.getLine(); l++) {
            int nl = text.indexOf('\n', lineStart);
            if (nl < 0) {
                return -1;
            }
            lineStart = nl + 1;
        }
        try {
            int index = text.offsetByCodePoints(lineStart, mark.getColumn());
            return index < text.length() ? index : -1;
        } catch (IndexOutOfBoundsException e) {
            return -1;
        }
    }

    private static int lineStart(String text, int index) {
        int i = index;
        while (i > 0 && text.charAt(i - 1) != '\n' && text.charAt(i - 1) != '\r') {
            i--;
        }
        return i;
    }

    /** Index of the last non-blank character before {@code index} on its line, or below {@code lineStart}. */
    private static int previousNonBlank(String text, int index, int lineStart) {
        int prev = index - 1;
        while (prev >= lineStart && (text.charAt(prev) == ' ' || text.charAt(prev) == '\t')) {
            prev--;
        }
        return prev;
    }

    /** Index of a '?' SnakeYAML took for a flow key where libyaml continues a plain scalar, or -1. */
    private static int plainQuestionMarkIndex(String text, Mark mark) {
        int index = indexOf(text, mark);
        if (index < 0 || text.charAt(index) != '?') {
            return -1;
        }
        int start = lineStart(text, index);
        int prev = previousNonBlank(text, index, start);
        if (prev < start) {
            return -1;
        }
        char c = text.charAt(prev);
        return c == ',' || c == '[' || c == '{' || c == ':' || c == '"' || c == '\'' ? -1 : index;
    }

    /** Index of a tab SnakeYAML refused where libyaml skips it as a separator, or -1. */
    private static int separatorTabIndex(String text, Mark mark) {
        int index = indexOf(text, mark);
        if (index < 0 || text.charAt(index) != '\t') {
            return -1;
        }
        int lineStart = lineStart(text, index);
        // libyaml skips a tab between tokens unless a simple key could start there: not at the
        // start of a line, not after a block entry '-', an explicit key '?' or value ':'
        int prev = previousNonBlank(text, index, lineStart);
        if (prev < lineStart) {
            return -1;
        }
        char c = text.charAt(prev);
        boolean indicatorAlone = prev == lineStart || text.charAt(prev - 1) == ' '
                || text.charAt(prev - 1) == '\t';
        if ((c == '-' || c == '?') && indicatorAlone) {
            return -1;
        }
        if (c == ':') {
            for (int i = lineStart; i < prev; i++) {
                if (text.charAt(i) != ' ' && text.charAt(i) != '\t' && text.charAt(i) != '-') {
                    return index;
                }
            }
            return -1;
        }
        return index;
    }

    private static Object composeAndConstruct(String text, String sourceName, char placeholder) {
        LoaderOptions options = loaderOptions();
        TrackingParser parser =
                new TrackingParser(new ParserImpl(new LinearStreamReader(text), options));
        Node root;
        try {
            root = new Composer(parser, new PyResolver(parser), options).getSingleNode();
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() == null ? e.getContext()
                    : e.getContext() == null ? e.getProblem() : e.getContext() + ", " + e.getProblem();
            HotReadException error = new HotReadException(sourceName,
                    mark == null ? 0 : mark.getLine() + 1, mark == null ? 0 : mark.getColumn() + 1,
                    problem, null, e);
            if (e instanceof ScannerException && e.getProblem() != null) {
                String p = e.getProblem();
                String c = e.getContext() == null ? "" : e.getContext();
                int tab = indexOf(text, e.getProblemMark());
                if (tab >= 0 && text.charAt(tab) == '\t') {
                    if (p.contains("cannot start any token") || c.startsWith("while scanning a tag")
                            || c.startsWith("while scanning an anchor")
                            || c.startsWith("while scanning an alias")) {
                        if (separatorTabIndex(text, e.getProblemMark()) >= 0) {
                            throw new LibyamlLeniency(tab, ' ', error);
                        }
                    } else if (c.startsWith("while scanning a double-quoted scalar")
                            && p.contains("unknown escape") && tab > 0 && text.charAt(tab - 1) == '\\') {
                        throw new LibyamlLeniency(tab, 't', error); // libyaml: "\<TAB>" is a tab
                    }
                } else if (tab > 0 && text.charAt(tab) == '/' && text.charAt(tab - 1) == '\\'
                        && c.startsWith("while scanning a double-quoted scalar")
                        && p.contains("unknown escape")) {
                    throw new LibyamlLeniency(tab - 1, tab + 1, "/", error); // libyaml: "\/" is '/'
                }
            } else if (e instanceof ParserException && problem != null && problem.endsWith("but got ?")) {
                int q = plainQuestionMarkIndex(text, e.getProblemMark());
                if (q >= 0) {
                    throw new LibyamlLeniency(q, '?', error);
                }
            }
            throw error;
        } catch (ReaderException e) {
            int[] at = Positions.lineAndColumn(text, e.getPosition());
            throw new HotReadException(sourceName, at[0], at[1], String.format(
                    "special characters are not allowed: U+%04X", e.getCodePoint()), null, e);
        } catch (YAMLException e) {
            Mark mark = parser.last;
            throw new HotReadException(sourceName, mark == null ? 0 : mark.getLine() + 1,
                    mark == null ? 0 : mark.getColumn() + 1, e.getMessage(), null, e);
        }
        if (root == null) {
            return null;
        }
        return new Constructor(sourceName, placeholder).construct(root);
    }

    /** Records the position of the last event, to locate errors SnakeYAML reports unmarked. */
    private static final class TrackingParser implements Parser {
        private final Parser delegate;
        Mark last;
        Event lastEvent;

        TrackingParser(Parser delegate) {
            this.delegate = delegate;
        }

        @Override
        public boolean checkEvent(Event.ID choice) {
            return delegate.checkEvent(choice);
        }

        @Override
        public Event peekEvent() {
            Event e = delegate.peekEvent();
            if (e != null) {
                last = e.getStartMark();
            }
            return e;
        }

        @Override
        public Event getEvent() {
            Event e = delegate.getEvent();
            if (e != null) {
                last = e.getStartMark();
                lastEvent = e;
                if (e instanceof NodeEvent) {
                    String anchor = ((NodeEvent) e).getAnchor();
                    if (anchor != null && !isLibyamlAnchor(anchor)) {
                        throw new MarkedYAMLException("while scanning an " + (e instanceof AliasEvent
                                ? "alias" : "anchor"), e.getStartMark(),
                                "did not find expected alphabetic or numeric character (libyaml"
                                + " allows only A-Z, a-z, 0-9, '-' and '_' in '" + anchor + "')",
                                e.getStartMark()) {
                            private static final long serialVersionUID = 1L;
                        };
                    }
                }
            }
            return e;
        }
    }

    private static boolean isLibyamlAnchor(String anchor) {
        for (int i = 0; i < anchor.length(); i++) {
            char c = anchor.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
                    || c == '-' || c == '_')) {
                return false;
            }
        }
        return !anchor.isEmpty();
    }

    /** PyYAML's implicit resolution; non-plain scalars are strings. */
    private static final class PyResolver extends Resolver {
        private final TrackingParser parser;

        PyResolver(TrackingParser parser) {
            this.parser = parser;
        }

        @Override
        public Tag resolve(NodeId kind, String value, boolean implicit) {
            if (kind == NodeId.scalar) {
                if (value.isEmpty() && parser.lastEvent instanceof ScalarEvent
                        && "!".equals(((ScalarEvent) parser.lastEvent).getTag())) {
                    return Tag.STR; // libyaml: an empty node tagged '!' is not implicit
                }
                if (!implicit) {
                    return Tag.STR;
                }
                switch (PyYamlResolver.resolvePlain(value)) {
                    case BOOL: return Tag.BOOL;
                    case INT: return Tag.INT;
                    case FLOAT: return Tag.FLOAT;
                    case NULL: return Tag.NULL;
                    case TIMESTAMP: return Tag.TIMESTAMP;
                    case MERGE: return Tag.MERGE;
                    case VALUE: return VALUE_T;
                    default: return Tag.STR;
                }
            }
            return kind == NodeId.sequence ? Tag.SEQ : Tag.MAP;
        }
    }

    /** PyYAML's SafeConstructor (with Heat's timestamp-as-string), building a HOT tree. */
    private static final class Constructor {
        private final String sourceName;
        private final char placeholder;
        private final List<Object> path = new ArrayList<>();
        private final Map<Node, Object> shared = new IdentityHashMap<>();
        private final Set<Node> inProgress = Collections.newSetFromMap(new IdentityHashMap<>());

        Constructor(String sourceName, char placeholder) {
            this.sourceName = sourceName;
            this.placeholder = placeholder;
        }

        Object construct(Node node) {
            switch (node.getNodeId()) {
                case scalar:
                    return scalar((ScalarNode) node);
                case sequence:
                case mapping:
                    return collection(node);
                default:
                    throw error(node, "unexpected node " + node.getNodeId());
            }
        }

        private Object collection(Node node) {
            boolean anchored = node.getAnchor() != null;
            if (anchored) {
                if (shared.containsKey(node)) {
                    return shared.get(node);
                }
                if (!inProgress.add(node)) {
                    throw error(node, "found a recursive alias, which a HOT tree cannot hold");
                }
            }
            try {
                Object v = node.getNodeId() == NodeId.sequence
                        ? sequence((SequenceNode) node) : mapping((MappingNode) node);
                if (anchored) {
                    shared.put(node, v);
                }
                return v;
            } finally {
                if (anchored) {
                    inProgress.remove(node);
                }
            }
        }

        private Object sequence(SequenceNode node) {
            String tag = node.getTag().getValue();
            if (!tag.equals(Tag.SEQ.getValue())) {
                throw wrongTag(node, tag, "sequence");
            }
            List<Node> items = node.getValue();
            List<Object> out = new ArrayList<>(items.size());
            for (int i = 0, n = items.size(); i < n; i++) {
                path.add(i);
                out.add(construct(items.get(i)));
                path.remove(path.size() - 1);
            }
            return out;
        }

        private Object mapping(MappingNode node) {
            String tag = node.getTag().getValue();
            if (!tag.equals(Tag.MAP.getValue())) {
                throw wrongTag(node, tag, "mapping");
            }
            List<NodeTuple> tuples = flatten(node);
            Map<String, Object> out = new LinkedHashMap<>(Math.max(4, tuples.size() * 4 / 3 + 1));
            for (NodeTuple t : tuples) {
                String key = key(t.getKeyNode());
                path.add(key);
                out.put(key, construct(t.getValueNode()));
                path.remove(path.size() - 1);
            }
            return out;
        }

        /** PyYAML's {@code SafeConstructor.flatten_mapping}, without mutating the nodes. */
        private List<NodeTuple> flatten(MappingNode node) {
            List<NodeTuple> value = node.getValue();
            List<NodeTuple> merge = null;
            List<NodeTuple> rest = value;
            for (int i = 0, n = value.size(); i < n; i++) {
                NodeTuple t = value.get(i);
                if (!Tag.MERGE.equals(t.getKeyNode().getTag())) {
                    continue;
                }
                if (merge == null) {
                    merge = new ArrayList<>();
                    rest = new ArrayList<>(value.subList(0, i));
                }
                Node v = t.getValueNode();
                if (v instanceof MappingNode) {
                    merge.addAll(flattenChecked((MappingNode) v));
                } else if (v instanceof SequenceNode) {
                    List<List<NodeTuple>> sub = new ArrayList<>();
                    for (Node s : ((SequenceNode) v).getValue()) {
                        if (!(s instanceof MappingNode)) {
                            throw error(s, "while constructing a mapping, expected a mapping for"
                                    + " merging, but found " + s.getNodeId());
                        }
                        sub.add(flattenChecked((MappingNode) s));
                    }
                    Collections.reverse(sub);
                    for (List<NodeTuple> s : sub) {
                        merge.addAll(s);
                    }
                } else {
                    throw error(v, "while constructing a mapping, expected a mapping or list of"
                            + " mappings for merging, but found " + v.getNodeId());
                }
            }
            if (merge == null) {
                return value;
            }
            for (NodeTuple t : value) {
                if (!Tag.MERGE.equals(t.getKeyNode().getTag()) && !rest.contains(t)) {
                    rest.add(t);
                }
            }
            merge.addAll(rest);
            return merge;
        }

        private List<NodeTuple> flattenChecked(MappingNode m) {
            if (!inProgress.add(m)) {
                throw error(m, "found a recursive merge, which a HOT tree cannot hold");
            }
            try {
                return flatten(m);
            } finally {
                inProgress.remove(m);
            }
        }

        private String key(Node keyNode) {
            if (keyNode instanceof ScalarNode) {
                ScalarNode s = (ScalarNode) keyNode;
                String tag = s.getTag().getValue();
                if (tag.equals(VALUE_TAG) || tag.equals(Tag.STR.getValue())
                        || tag.equals(Tag.TIMESTAMP.getValue())) {
                    return restore(s.getValue());
                }
                Object k = scalar(s);
                if (k instanceof String) {
                    return (String) k;
                }
                path.add(String.valueOf(k == null ? "null" : k instanceof Boolean
                        ? ((Boolean) k ? "True" : "False") : k));
                HotReadException e = error(keyNode, "mapping key must be a string, but PyYAML reads "
                        + s.getValue() + " as " + (k == null ? "null" : k.getClass().getSimpleName())
                        + "; quote it");
                path.remove(path.size() - 1);
                throw e;
            }
            throw error(keyNode, "while constructing a mapping, found unhashable key ("
                    + keyNode.getNodeId() + ")");
        }

        private Object scalar(ScalarNode node) {
            String tag = node.getTag().getValue();
            String v = restore(node.getValue());
            switch (tag) {
                case "tag:yaml.org,2002:str":
                case "tag:yaml.org,2002:timestamp":
                    return v;
                case "tag:yaml.org,2002:null":
                    return null;
                case "tag:yaml.org,2002:bool":
                    switch (v.toLowerCase(Locale.ROOT)) {
                        case "yes": case "true": case "on":
                            return Boolean.TRUE;
                        case "no": case "false": case "off":
                            return Boolean.FALSE;
                        default:
                            throw error(node, "invalid boolean '" + v + "'");
                    }
                case "tag:yaml.org,2002:int":
                    try {
                        return constructInt(v);
                    } catch (NumberFormatException | IndexOutOfBoundsException e) {
                        throw error(node, "invalid integer '" + v + "'");
                    }
                case "tag:yaml.org,2002:float":
                    try {
                        return constructFloat(v);
                    } catch (NumberFormatException | IndexOutOfBoundsException e) {
                        throw error(node, "invalid float '" + v + "'");
                    }
                default:
                    throw wrongTag(node, tag, "scalar");
            }
        }

        private String restore(String v) {
            return placeholder == 0 || v.indexOf(placeholder) < 0 ? v : v.replace(placeholder, '?');
        }

        private HotReadException wrongTag(Node node, String tag, String kind) {
            switch (tag) {
                case "tag:yaml.org,2002:str":
                case "tag:yaml.org,2002:int":
                case "tag:yaml.org,2002:float":
                case "tag:yaml.org,2002:bool":
                case "tag:yaml.org,2002:null":
                case "tag:yaml.org,2002:timestamp":
                    return error(node, "expected a scalar node, but found " + kind);
                case "tag:yaml.org,2002:seq":
                    return error(node, "expected a sequence node, but found " + kind);
                case "tag:yaml.org,2002:map":
                    return error(node, "expected a mapping node, but found " + kind);
                case "tag:yaml.org,2002:binary":
                case "tag:yaml.org,2002:set":
                case "tag:yaml.org,2002:omap":
                case "tag:yaml.org,2002:pairs":
                    return error(node, "the tag '" + tag + "' is not supported in a HOT tree");
                default:
                    return error(node, "could not determine a constructor for the tag '" + tag + "'");
            }
        }

        private HotReadException error(Node node, String problem) {
            Mark m = node.getStartMark();
            return new HotReadException(sourceName, m == null ? 0 : m.getLine() + 1,
                    m == null ? 0 : m.getColumn() + 1, problem, pathString(), null);
        }

        private String pathString() {
            StringBuilder sb = new StringBuilder();
            for (Object seg : path) {
                if (seg instanceof Integer) {
                    sb.append('[').append(seg).append(']');
                } else {
                    if (sb.length() > 0) {
                        sb.append('.');
                    }
                    sb.append(seg);
                }
            }
            return sb.length() == 0 ? null : sb.toString();
        }
    }

    // ------------------------------------------------------------------ PyYAML constructors

    /** PyYAML's {@code construct_yaml_int}. */
    static Object constructInt(String text) {
        String value = text.replace("_", "");
        int sign = 1;
        if (value.charAt(0) == '-') {
            sign = -1;
        }
        if (value.charAt(0) == '+' || value.charAt(0) == '-') {
            value = value.substring(1);
        }
        BigInteger result;
        if (value.equals("0")) {
            return 0L;
        } else if (value.startsWith("0b")) {
            result = new BigInteger(value.substring(2).strip(), 2);
        } else if (value.startsWith("0x")) {
            result = new BigInteger(value.substring(2).strip(), 16);
        } else if (value.charAt(0) == '0') {
            result = new BigInteger(value.strip(), 8);
        } else if (value.indexOf(':') >= 0) {
            String[] parts = value.split(":", -1);
            result = BigInteger.ZERO;
            BigInteger base = BigInteger.ONE;
            BigInteger sixty = BigInteger.valueOf(60);
            for (int i = parts.length - 1; i >= 0; i--) {
                result = result.add(new BigInteger(parts[i].strip()).multiply(base));
                base = base.multiply(sixty);
            }
        } else {
            result = new BigInteger(value.strip());
        }
        if (sign < 0) {
            result = result.negate();
        }
        return result.bitLength() < 64 ? (Object) result.longValue() : result;
    }

    /** PyYAML's {@code construct_yaml_float}. */
    static Double constructFloat(String text) {
        String value = text.replace("_", "").toLowerCase(Locale.ROOT);
        double sign = 1;
        if (value.charAt(0) == '-') {
            sign = -1;
        }
        if (value.charAt(0) == '+' || value.charAt(0) == '-') {
            value = value.substring(1);
        }
        if (value.equals(".inf")) {
            return sign * Double.POSITIVE_INFINITY;
        } else if (value.equals(".nan")) {
            return Double.NaN;
        } else if (value.indexOf(':') >= 0) {
            String[] parts = value.split(":", -1);
            double result = 0.0;
            double base = 1;
            for (int i = parts.length - 1; i >= 0; i--) {
                result += pyFloat(parts[i]) * base;
                base *= 60;
            }
            return sign * result;
        }
        return sign * pyFloat(value);
    }

    /** Python's {@code float(str)} for the inputs PyYAML can hand it. */
    private static double pyFloat(String s) {
        String t = s.strip().toLowerCase(Locale.ROOT);
        String body = t.startsWith("+") || t.startsWith("-") ? t.substring(1) : t;
        double sign = t.startsWith("-") ? -1 : 1;
        if (body.equals("inf") || body.equals("infinity")) {
            return sign * Double.POSITIVE_INFINITY;
        }
        if (body.equals("nan")) {
            return Double.NaN;
        }
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (!((c >= '0' && c <= '9') || c == '.' || c == 'e' || c == '+' || c == '-')) {
                throw new NumberFormatException(s);
            }
        }
        return Double.parseDouble(t);
    }
}
