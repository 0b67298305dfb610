package io.alita.postgres.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A PostgreSQL script cut into top-level statements, each with the exact character range and lines it occupies in the
 * original text.
 *
 * <p>The scanner knows what can hide a semicolon from psql: single-quoted strings (with {@code ''} and, for
 * {@code E'...'}, backslash escapes), double-quoted identifiers, dollar-quoted bodies ({@code $$...$$},
 * {@code $tag$...$tag$}), line and (nested) block comments, parentheses (rule actions), and the SQL-standard function
 * bodies {@code BEGIN ATOMIC ... END}. It never changes text; callers edit by character range, so everything they do
 * not touch (string literals, function bodies, comments, line breaks) stays byte for byte.
 */
final class SqlScript {

  /** What a token is; comments and whitespace are kept as tokens so ranges stay exact. */
  enum Kind { WORD, QUOTED_IDENTIFIER, STRING, DOLLAR_STRING, SYMBOL, COMMENT, WHITESPACE }

  /** One token: {@code text} is the source text of {@code [start, end)}. */
  record Token(Kind kind, int start, int end, String text) {

    /** True for tokens that carry meaning (not whitespace or comments). */
    boolean significant() {
      return kind != Kind.COMMENT && kind != Kind.WHITESPACE;
    }

    /** True if this is the unquoted keyword {@code word}, compared case-insensitively. */
    boolean is(String word) {
      return kind == Kind.WORD && text.equalsIgnoreCase(word);
    }

    boolean isSymbol(char c) {
      return kind == Kind.SYMBOL && text.length() == 1 && text.charAt(0) == c;
    }

    /**
     * The name this token stands for, as PostgreSQL resolves it: unquoted words fold to lower case, quoted identifiers
     * keep their case (with {@code ""} unescaped).
     */
    String identifier() {
      if (kind == Kind.QUOTED_IDENTIFIER) {
        return text.substring(1, text.length() - 1).replace("\"\"", "\"");
      }
      return text.toLowerCase(Locale.ROOT);
    }
  }

  /**
   * One top-level statement.
   *
   * @param start offset of its first significant token
   * @param end offset just after its terminating semicolon (or its last token when the script ends without one)
   * @param startLine 1-based line of {@code start}
   * @param endLine 1-based line of the last character of the statement
   * @param tokens its significant tokens, without the terminating semicolon
   */
  record Statement(int start, int end, int startLine, int endLine, List<Token> tokens) {

    /** True if the statement begins with these keywords (case-insensitive, unquoted). */
    boolean startsWith(String... words) {
      if (tokens.size() < words.length) {
        return false;
      }
      for (int i = 0; i < words.length; i++) {
        if (!tokens.get(i).is(words[i])) {
          return false;
        }
      }
      return true;
    }

    /** True if the statement ends with these keywords (case-insensitive, unquoted). */
    boolean endsWith(String... words) {
      int offset = tokens.size() - words.length;
      if (offset < 0) {
        return false;
      }
      for (int i = 0; i < words.length; i++) {
        if (!tokens.get(offset + i).is(words[i])) {
          return false;
        }
      }
      return true;
    }

    /** Index of the first token at parenthesis depth 0, at or after {@code from}, that is the keyword; -1 if none. */
    int indexOfTopLevel(String word, int from) {
      int depth = 0;
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        if (t.isSymbol('(')) {
          depth++;
        } else if (t.isSymbol(')')) {
          depth--;
        } else if (depth == 0 && i >= from && t.is(word)) {
          return i;
        }
      }
      return -1;
    }
  }

  private final String text;
  private final List<Token> tokens;
  private final List<Statement> statements;
  private final int[] lineStarts;

  private SqlScript(String text) {
    this.text = text;
    this.lineStarts = lineStarts(text);
    this.tokens = tokenize(text);
    this.statements = split();
  }

  /** Scans a script. Never fails: an unterminated string or comment simply runs to the end of the text. */
  static SqlScript parse(String text) {
    return new SqlScript(text);
  }

  String text() {
    return text;
  }

  List<Statement> statements() {
    return statements;
  }

  /** 1-based line of a character offset. */
  int lineOf(int offset) {
    int lo = 0;
    int hi = lineStarts.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (lineStarts[mid] <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo + 1;
  }

  /** The statement's source text without comments, whitespace runs collapsed to one space. */
  static String normalized(Statement statement) {
    StringBuilder sb = new StringBuilder();
    for (Token t : statement.tokens()) {
      if (!sb.isEmpty()) {
        sb.append(' ');
      }
      sb.append(t.text());
    }
    return sb.toString();
  }

  private static int[] lineStarts(String text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        starts.add(i + 1);
      }
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  private List<Statement> split() {
    List<Statement> result = new ArrayList<>();
    List<Token> current = new ArrayList<>();
    int depth = 0;
    int atomicDepth = 0; // > 0 inside a BEGIN ATOMIC ... END function body, whose semicolons do not end the statement
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (!t.significant()) {
        continue;
      }
      if (t.isSymbol(';') && depth <= 0 && atomicDepth == 0) {
        if (!current.isEmpty()) {
          result.add(statement(current, t.end()));
          current = new ArrayList<>();
        }
        depth = 0;
        continue;
      }
      if (t.isSymbol('(')) {
        depth++;
      } else if (t.isSymbol(')')) {
        depth--;
      } else if (atomicDepth > 0) {
        if (t.is("BEGIN") || t.is("CASE")) {
          atomicDepth++;
        } else if (t.is("END")) {
          atomicDepth--;
        }
      } else if (t.is("ATOMIC") && !current.isEmpty() && current.get(current.size() - 1).is("BEGIN")
          && current.get(0).is("CREATE")) {
        atomicDepth = 1;
      }
      current.add(t);
    }
    if (!current.isEmpty()) {
      result.add(statement(current, current.get(current.size() - 1).end()));
    }
    return List.copyOf(result);
  }

  private Statement statement(List<Token> significant, int end) {
    int start = significant.get(0).start();
    return new Statement(start, end, lineOf(start), lineOf(Math.max(start, end - 1)), List.copyOf(significant));
  }

  private static List<Token> tokenize(String s) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      int start = i;
      Kind kind;
      if (Character.isWhitespace(c)) {
        while (i < n && Character.isWhitespace(s.charAt(i))) {
          i++;
        }
        kind = Kind.WHITESPACE;
      } else if (c == '-' && i + 1 < n && s.charAt(i + 1) == '-') {
        while (i < n && s.charAt(i) != '\n') {
          i++;
        }
        kind = Kind.COMMENT;
      } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
        i = endOfBlockComment(s, i);
        kind = Kind.COMMENT;
      } else if (c == '\'') {
        i = endOfQuoted(s, i, '\'', false);
        kind = Kind.STRING;
      } else if (c == '"') {
        i = endOfQuoted(s, i, '"', false);
        kind = Kind.QUOTED_IDENTIFIER;
      } else if (c == '$' && dollarTagEnd(s, i) > 0) {
        int tagEnd = dollarTagEnd(s, i);
        String tag = s.substring(i, tagEnd);
        int close = s.indexOf(tag, tagEnd);
        i = close < 0 ? n : close + tag.length();
        kind = Kind.DOLLAR_STRING;
      } else if (isWordStart(c)) {
        while (i < n && isWordPart(s.charAt(i))) {
          i++;
        }
        boolean escapeString = i - start == 1 && (c == 'e' || c == 'E') && i < n && s.charAt(i) == '\'';
        if (escapeString) {
          i = endOfQuoted(s, i, '\'', true);
          kind = Kind.STRING;
        } else {
          kind = Kind.WORD;
        }
      } else {
        i++;
        kind = Kind.SYMBOL;
      }
      out.add(new Token(kind, start, i, s.substring(start, i)));
    }
    return out;
  }

  private static boolean isWordStart(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  private static boolean isWordPart(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '$';
  }

  /** End offset of {@code $tag$} starting at {@code i}, or -1 if this {@code $} is not a dollar-quote opener. */
  private static int dollarTagEnd(String s, int i) {
    int j = i + 1;
    if (j < s.length() && s.charAt(j) == '$') {
      return j + 1;
    }
    if (j >= s.length() || !(Character.isLetter(s.charAt(j)) || s.charAt(j) == '_')) {
      return -1; // $1 is a parameter, not a quote
    }
    while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) {
      j++;
    }
    return j < s.length() && s.charAt(j) == '$' ? j + 1 : -1;
  }

  private static int endOfQuoted(String s, int open, char quote, boolean backslashEscapes) {
    int i = open + 1;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (backslashEscapes && c == '\\') {
        i += 2;
      } else if (c == quote) {
        if (i + 1 < s.length() && s.charAt(i + 1) == quote) {
          i += 2;
        } else {
          return i + 1;
        }
      } else {
        i++;
      }
    }
    return s.length();
  }

  private static int endOfBlockComment(String s, int open) {
    int depth = 0;
    int i = open;
    while (i < s.length()) {
      if (s.startsWith("/*", i)) {
        depth++;
        i += 2;
      } else if (s.startsWith("*/", i)) {
        depth--;
        i += 2;
        if (depth == 0) {
          return i;
        }
      } else {
        i++;
      }
    }
    return s.length();
  }
}
