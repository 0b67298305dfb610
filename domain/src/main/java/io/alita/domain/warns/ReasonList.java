package io.alita.domain.warns;

import io.alita.domain.i18n.MessageKey;
import io.alita.domain.i18n.Messages;
import io.alita.domain.i18n.TrustedHtml;
import java.util.List;

/**
 * Warn reasons as numbered lines. A member can collect up to 100 reasons of up to 3000 bytes each, far more than one
 * Telegram message holds, so the list stops at {@link #BUDGET} visible characters and says how many were left out.
 */
final class ReasonList {

  static final MessageKey LINE = MessageKey.of("warns.reason_line");
  static final MessageKey MORE = MessageKey.of("warns.more_reasons");

  /** Visible characters for the whole list, leaving room under Telegram's 4096 for the text around it. */
  static final int BUDGET = 3000;

  private ReasonList() {}

  static TrustedHtml render(List<String> reasons, Messages messages) {
    StringBuilder html = new StringBuilder();
    int used = 0;
    for (int i = 0; i < reasons.size(); i++) {
      String reason = reasons.get(i);
      int room = BUDGET - used - (String.valueOf(i + 1).length() + 3);
      if (room < 20) {
        html.append('\n').append(messages.html(MORE, "count", reasons.size() - i));
        break;
      }
      if (reason.length() > room) {
        int end = room - 1;
        if (Character.isHighSurrogate(reason.charAt(end - 1))) {
          end--;
        }
        reason = reason.substring(0, end) + "…";
      }
      if (i > 0) {
        html.append('\n');
      }
      html.append(messages.html(LINE, "number", i + 1, "reason", reason));
      used += String.valueOf(i + 1).length() + 3 + reason.length();
    }
    return TrustedHtml.of(html.toString());
  }
}
