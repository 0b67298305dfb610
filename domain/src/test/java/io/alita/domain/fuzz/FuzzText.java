package io.alita.domain.fuzz;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Generators for the fuzz properties (docs/decisions/0029): text built from the pieces the parsers care about, so that
 * random runs actually reach markers, escapes, links, buttons, fillings and entities instead of mostly plain letters.
 */
public final class FuzzText {

  /**
   * The seed of every fuzz property, so that {@code make test} runs the same inputs every time (a failure is a bug, never
   * a flake). To look further, run with more tries ({@code -Djqwik.tries.default=100000}) or change this seed for a run.
   */
  public static final String SEED = "20261208";

  /** Characters and fragments with a meaning to one parser or another, mixed with ordinary and awkward text. */
  private static final List<String> PIECES = List.of(
      "*", "**", "_", "__", "~", "~~", "|", "||", "`", "```", "[", "]", "(", ")", "{", "}", "%", "%%%", "\\", "\\\\",
      "<", ">", "&", "\"", "'", " ", "  ", "\n", "\t", "\u00A0", "\u2003", "\r\n",
      "a", "b", "word", "Ab9", "snake_case", "@user", "#tag", "/", ":", ".", "-", "=", "+", "?", "#",
      "é", "ß", "Ж", "中文", "😀", "👨‍👩‍👧", "\u200B", "\u202E",
      "http://", "https://", "tg://", "javascript:", "google.com", "t.me/x", "buttonurl://", "buttonurl:", ":same",
      "](buttonurl://", "](http://a.io)", "](", "{first}", "{last}", "{fullname}", "{username}", "{mention}",
      "{id}", "{chatname}", "{count}", "{rules}", "{rules:same}", "{rules:up}", "{preview}", "{nonotif}", "{protect}",
      "<script>", "</b>", "<a href=\"x\">", "&amp;", "&lt;", "&#0;", "\"'><img src=x onerror=alert(1)>",
      "```lang\n", "```\n");

  private FuzzText() {}

  /** Up to {@code maxPieces} pieces of {@link #PIECES} joined: mostly markup-heavy text. */
  public static Arbitrary<String> markup(int maxPieces) {
    return Arbitraries.of(PIECES).list().ofMaxSize(maxPieces).map(parts -> String.join("", parts));
  }

  /** Any UTF-16 text, lone surrogates and control characters included. */
  public static Arbitrary<String> anyText(int maxLength) {
    return Arbitraries.strings().withCharRange('\u0000', '\uFFFF').ofMaxLength(maxLength);
  }

  /** Text Telegram could have sent: valid Unicode (no lone surrogates), any script, controls included. */
  public static Arbitrary<String> validText(int maxLength) {
    Arbitrary<Integer> codePoints = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, Arbitraries.integers().between(0x20, 0x7E)),
        net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(0, 0xD7FF)),
        net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0xE000, 0x10FFFF)));
    return codePoints.list().ofMaxSize(maxLength).map(cps -> {
      StringBuilder out = new StringBuilder();
      cps.forEach(out::appendCodePoint);
      return out.toString();
    });
  }

  /** Mostly markup, sometimes arbitrary valid text: what Telegram or a browser could deliver. */
  public static Arbitrary<String> mixed(int size) {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, markup(size)),
        net.jqwik.api.Tuple.of(1, validText(size)));
  }

  /** {@link #mixed} plus broken UTF-16, for the properties that only ask that nothing throws. */
  public static Arbitrary<String> anything(int size) {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, mixed(size)),
        net.jqwik.api.Tuple.of(1, anyText(size)));
  }
}
