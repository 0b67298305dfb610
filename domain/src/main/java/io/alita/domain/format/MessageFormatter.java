package io.alita.domain.format;

import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * The pipeline every module uses to send a stored text (rules, greetings, notes, filters, permapin).
 *
 * <p>The steps, in this order, and why the order is safe:
 * <ol>
 *   <li><b>Random variants</b> ({@link RandomVariants}): one {@code %%%} variant is picked, so buttons and directives of
 *       the other variants play no part.
 *   <li><b>Buttons</b> ({@link Buttons}): button markup leaves the text; labels stay plain text.
 *   <li><b>Rules directive</b>: {@code {rules}}, {@code {rules:same}} or {@code {rules:up}} leaves the text and asks for a
 *       rules button; with no rules in the chat it just vanishes.
 *   <li><b>Markdown</b> ({@link MarkdownToHtml}): the admin's text, and only it, is parsed.
 *   <li><b>Fillings</b> ({@link Fillings}): substituted while the parsed tree is written out, with escaped values.
 *       Because user-controlled values (names, usernames, chat titles) enter only after every step that reads markup,
 *       buttons, directives or variants, nothing a user calls themselves can become formatting, a button, a link, a
 *       rules button or another filling.
 * </ol>
 *
 * <p>The result never exceeds the limit: when fillings make it longer, the text is cut there with "…" and
 * {@link FormattedMessage#truncated()} is set. Refusing an over-long source is the save command's job, with
 * {@link #measure(String, int)}.
 */
public final class MessageFormatter {

  private MessageFormatter() {}

  /** Renders a text message ({@link Limits#MESSAGE_TEXT}) from a source that carries its buttons inline. */
  public static FormattedMessage render(String storedSource, FillingContext context, RandomGenerator random) {
    return render(storedSource, ButtonGrid.empty(), context, random, Limits.MESSAGE_TEXT);
  }

  /**
   * Renders a stored text whose buttons are kept apart (the notes, filters and greetings tables have a buttons column).
   * The keyboard is {@code storedButtons}, then any buttons still in the text, then the rules button where its directive
   * puts it.
   *
   * @param limit {@link Limits#MESSAGE_TEXT} for a text message, {@link Limits#CAPTION} for a media caption
   */
  public static FormattedMessage render(
      String storedSource, ButtonGrid storedButtons, FillingContext context, RandomGenerator random, int limit) {
    Objects.requireNonNull(storedSource, "storedSource");
    Objects.requireNonNull(storedButtons, "storedButtons");
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(random, "random");
    requirePositive(limit);
    Prepared prepared = prepare(RandomVariants.pick(storedSource, random));
    HtmlWriter written = HtmlRenderer.render(prepared.tree(), context, HtmlWriter.UNLIMITED);
    if (written.visibleLength() > limit) {
      written = HtmlRenderer.render(prepared.tree(), context, limit - 1);
    }
    ButtonGrid buttons = storedButtons.followedBy(prepared.buttons());
    if (prepared.rules() != null && context.hasRules()) {
      buttons = prepared.rules().place(buttons, context.rulesButton());
    }
    return new FormattedMessage(written.html(), buttons, written.visibleLength(), written.truncated());
  }

  /**
   * How long {@code source} renders, for a save command to refuse what cannot be sent: the longest variant, with button
   * markup and directives removed and fillings counted as typed. Fillings may still lengthen the text at send time;
   * {@link #render} then truncates.
   */
  public static LengthCheck measure(String source, int limit) {
    Objects.requireNonNull(source, "source");
    requirePositive(limit);
    int longest = 0;
    for (String variant : RandomVariants.variants(source)) {
      HtmlWriter written = HtmlRenderer.render(prepare(variant).tree(), null, HtmlWriter.UNLIMITED);
      longest = Math.max(longest, written.visibleLength());
    }
    return new LengthCheck(longest, limit);
  }

  /** {@code noformat}: the stored text with its stored buttons written back as markup (see {@link Buttons#toMarkup}). */
  public static String noformat(String storedText, ButtonGrid storedButtons) {
    return Buttons.toMarkup(storedText, storedButtons);
  }

  private record Prepared(List<Node> tree, ButtonGrid buttons, RulesPlacement rules) {}

  private static Prepared prepare(String variant) {
    ButtonExtraction extraction = Buttons.extract(variant);
    RulesDirective directive = RulesDirective.extract(extraction.text());
    return new Prepared(MarkdownParser.parse(directive.text()), extraction.buttons(), directive.placement());
  }

  private static void requirePositive(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }
  }
}
