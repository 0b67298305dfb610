package io.alita.domain.settings;

import io.alita.domain.action.Keyboard;
import io.alita.domain.dispatch.CommandContext;
import io.alita.domain.format.Html;
import java.util.Objects;

/**
 * What came of a settings change asked for in a command or a console form: applied, with the bot's confirmation; or
 * refused, with the bot's reason (nothing was written).
 *
 * @param status which of the two
 * @param html the bot's reply as Telegram HTML
 */
public record ChangeOutcome(Status status, String html) {

  /** Which way the change went. */
  public enum Status {
    /** Written (committed with the command's event, or by the console). */
    APPLIED,
    /** Not written: the value was invalid, or missing. */
    REFUSED
  }

  public ChangeOutcome {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(html, "html");
  }

  public static ChangeOutcome applied(String html) {
    return new ChangeOutcome(Status.APPLIED, html);
  }

  public static ChangeOutcome refused(String html) {
    return new ChangeOutcome(Status.REFUSED, html);
  }

  public boolean applied() {
    return status == Status.APPLIED;
  }

  public boolean refused() {
    return status == Status.REFUSED;
  }

  /**
   * The reply as a reader sees it in Telegram: tags removed, entities decoded ({@code &lt;time&gt;} reads
   * {@code <time>}). For plain-text places such as a console page, which escapes it again.
   */
  public String text() {
    return Html.visibleText(html);
  }

  /** Answers the command with the reply. */
  public void replyTo(CommandContext ctx) {
    ctx.replyHtml(html, Keyboard.NONE);
  }
}
