package io.alita.domain.format;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fuzz properties' HTML checker accepts what the renderer writes and refuses everything else. */
class TelegramHtmlSubsetTest {

  @ParameterizedTest
  @ValueSource(strings = {"", "plain", "<b>bold <i>and</i></b>", "a &lt;b&gt; &amp; &quot;",
      "<a href=\"https://a.io/?x=1&amp;y=2\">link <b>bold</b></a>", "<pre><code class=\"language-java\">x &lt; y</code></pre>",
      "<pre>code</pre>", "<code>x</code>", "<tg-spoiler>s</tg-spoiler>", "😀 <u>é</u>"})
  void acceptsWhatTheRendererWrites(String html) {
    assertTrue(TelegramHtmlSubset.accepts(html), () -> TelegramHtmlSubset.problem(html).orElseThrow());
  }

  @ParameterizedTest
  @ValueSource(strings = {"<script>x</script>", "<b>open", "</b>", "<b><i>x</b></i>", "<b onclick=\"x\">x</b>",
      "<a href=\"javascript:alert(1)\">x</a>", "<a href=\"https://a.io\"><a href=\"https://b.io\">x</a></a>",
      "<code><b>x</b></code>", "<pre><b>x</b></pre>", "<code class=\"language-x\">x</code>", "a & b", "&nbsp;",
      "a > b", "say \"hi\"", "<b><b>x</b></b>", "<img src=x onerror=alert(1)>", "\uD83D", "x\uDE00", "<a href='x'>x</a>",
      "<a href=\"https://a.io/ x\">x</a>"})
  void refusesAnythingElse(String html) {
    assertTrue(TelegramHtmlSubset.problem(html).isPresent(), html);
  }
}
