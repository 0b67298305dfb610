package io.alita.domain.update;

import io.alita.domain.dispatch.EventKey;
import io.alita.domain.model.ChatId;
import io.alita.domain.timer.Timer;
import io.alita.domain.tracking.SeenChat;
import java.util.Objects;

/**
 * One event the dispatcher receives: an update from Telegram mapped to the domain, or a timer that came due. Events of
 * one chat are handled in order, one at a time.
 */
public sealed interface Incoming {

  /** What makes the event recognisable when it comes again. */
  EventKey key();

  /** The chat the event belongs to: its order. */
  ChatId chatId();

  /** An update from Telegram. */
  sealed interface FromTelegram extends Incoming {
    UpdateId updateId();

    /** The chat as Telegram described it. */
    SeenChat chat();

    @Override
    default EventKey key() {
      return EventKey.update(updateId());
    }

    @Override
    default ChatId chatId() {
      return chat().id();
    }
  }

  record Message(UpdateId updateId, IncomingMessage message) implements FromTelegram {
    public Message {
      Objects.requireNonNull(updateId, "updateId");
      Objects.requireNonNull(message, "message");
    }

    public SeenChat chat() {
      return message.chat();
    }
  }

  record Button(UpdateId updateId, ButtonPress press) implements FromTelegram {
    public Button {
      Objects.requireNonNull(updateId, "updateId");
      Objects.requireNonNull(press, "press");
    }

    public SeenChat chat() {
      return press.chat();
    }
  }

  record Member(UpdateId updateId, MemberChange change) implements FromTelegram {
    public Member {
      Objects.requireNonNull(updateId, "updateId");
      Objects.requireNonNull(change, "change");
    }

    public SeenChat chat() {
      return change.chat();
    }
  }

  record Join(UpdateId updateId, JoinRequest request) implements FromTelegram {
    public Join {
      Objects.requireNonNull(updateId, "updateId");
      Objects.requireNonNull(request, "request");
    }

    public SeenChat chat() {
      return request.chat();
    }
  }

  /** A timer that came due. */
  record Due(Timer timer) implements Incoming {
    public Due {
      Objects.requireNonNull(timer, "timer");
    }

    @Override
    public EventKey key() {
      return EventKey.timer(timer);
    }

    @Override
    public ChatId chatId() {
      return timer.chat();
    }
  }
}
