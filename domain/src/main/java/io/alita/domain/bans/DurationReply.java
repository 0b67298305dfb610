package io.alita.domain.bans;

import io.alita.domain.i18n.MessageKey;
import io.alita.domain.i18n.Messages;
import io.alita.domain.time.DurationParse;

/** The reply to a /tban or /tmute whose time is missing (the command's usage) or malformed (what is wrong with it). */
public final class DurationReply {

  private DurationReply() {}

  /** @param parse a failed parse; an {@link DurationParse.Ok} has no problem and is answered with the usage too */
  public static String problem(Messages messages, DurationParse parse, MessageKey usage) {
    if (parse instanceof DurationParse.Invalid invalid) {
      return invalid.message(messages);
    }
    if (parse instanceof DurationParse.OutOfRange range) {
      return range.message(messages);
    }
    return messages.html(usage);
  }
}
