package io.alita.domain.operations;

import io.alita.domain.i18n.MessageKey;
import io.alita.domain.i18n.Messages;
import java.util.List;

/** What the bot posts in its log chat ({@code MESSAGE_DUMP}) when it starts, as the original does. */
public final class StartupNotice {

  static final MessageKey STARTED = MessageKey.of("startup.started");
  static final MessageKey POLLING = MessageKey.of("startup.mode_polling");
  static final MessageKey WEBHOOK = MessageKey.of("startup.mode_webhook");

  private StartupNotice() {}

  /** The notice as Telegram HTML. */
  public static String html(Messages messages, boolean webhook, String version, List<String> modules) {
    return messages.html(STARTED, "mode", messages.plain(webhook ? WEBHOOK : POLLING), "version", version,
        "modules", String.join(", ", modules));
  }
}
