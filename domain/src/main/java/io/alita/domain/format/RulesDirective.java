package io.alita.domain.format;

import java.util.ArrayList;
import java.util.List;

/**
 * A source with its {@code {rules}} directives taken out. Every directive vanishes from the text; the first one decides
 * the placement, so a source can add at most one rules button. {@code \{rules}} is not a directive.
 *
 * @param placement where the rules button goes, or null when the source has no directive
 */
record RulesDirective(String text, RulesPlacement placement) {

  static RulesDirective extract(String source) {
    List<SourceSpans.Span> spans = new ArrayList<>();
    RulesPlacement first = null;
    int brace = source.indexOf("{rules");
    while (brace >= 0) {
      RulesPlacement found = at(source, brace);
      if (found != null && !BackslashEscapes.isEscaped(source, brace)) {
        spans.add(new SourceSpans.Span(brace, brace + found.token.length()));
        first = first == null ? found : first;
      }
      brace = source.indexOf("{rules", brace + 1);
    }
    return new RulesDirective(SourceSpans.remove(source, spans), first);
  }

  private static RulesPlacement at(String source, int index) {
    for (RulesPlacement placement : RulesPlacement.values()) {
      if (source.startsWith(placement.token, index)) {
        return placement;
      }
    }
    return null;
  }
}
