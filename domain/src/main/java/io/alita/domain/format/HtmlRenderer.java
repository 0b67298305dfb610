package io.alita.domain.format;

import java.util.List;

/**
 * Renders a {@link Node} tree to Telegram HTML, substituting fillings in text as it goes.
 *
 * <p>Fillings are substituted here, after parsing and with escaped values, which is what guarantees that a name such as
 * {@code *boss*}, {@code <b>} or {@code {first}} is shown as typed and never read as markup or as another filling.
 * Inside code, pre and link labels, where Telegram allows no nested link, a filling takes its plain-text form
 * ({@code {mention}} becomes the name alone). Link targets never receive fillings.
 */
final class HtmlRenderer {

  private final FillingContext context;
  private final HtmlWriter out;

  /** @param context the values for fillings, or null to leave fillings as typed (for measuring a source at save time) */
  private HtmlRenderer(FillingContext context, HtmlWriter out) {
    this.context = context;
    this.out = out;
  }

  static HtmlWriter render(List<Node> tree, FillingContext context, int budget) {
    HtmlWriter out = new HtmlWriter(budget);
    new HtmlRenderer(context, out).nodes(tree, false);
    return out;
  }

  private void nodes(List<Node> nodes, boolean plainFillings) {
    for (Node node : nodes) {
      if (node instanceof Node.Text text) {
        text(text.value(), text.fillable(), plainFillings);
      } else if (node instanceof Node.Styled styled) {
        out.open(styled.style().openTag(), styled.style().closeTag());
        nodes(styled.children(), plainFillings);
        out.close();
      } else if (node instanceof Node.Code code) {
        out.open("<code>", "</code>");
        text(code.value(), true, true);
        out.close();
      } else if (node instanceof Node.Pre pre) {
        if (pre.language() == null) {
          out.open("<pre>", "</pre>");
        } else {
          out.open("<pre><code class=\"language-" + Html.escape(pre.language()) + "\">", "</code></pre>");
        }
        text(pre.value(), true, true);
        out.close();
      } else if (node instanceof Node.Link link) {
        out.open("<a href=\"" + Html.escape(link.href()) + "\">", "</a>");
        nodes(link.children(), true);
        out.close();
      }
    }
  }

  private void text(String value, boolean fillable, boolean plainFillings) {
    if (fillable && context != null) {
      Fillings.write(value, context, plainFillings, out);
    } else {
      out.text(value);
    }
  }
}
