package io.alita.domain.update;

import io.alita.domain.tracking.SeenChat;
import java.util.Objects;

/** One update from Telegram, mapped to the domain: what the dispatcher receives. */
public sealed interface Incoming {

  UpdateId updateId();

  /** The chat the update belongs to: updates of one chat are handled in order. */
  SeenChat chat();

  record Message(UpdateId updateId, IncomingMessage message) implements Incoming {
    public Message {
      Objects.requireNonNull(updateId, "updateId");
      Objects.requireNonNull(message, "message");
    }

    public SeenChat chat() {
      return message.chat();
    }
  }

  record Button(UpdateId updateId, ButtonPress press) implements Incoming {
    public Button {
      Objects.requireNonNull(updateId, "updateId");
      Objects.requireNonNull(press, "press");
    }

    public SeenChat chat() {
      return press.chat();
    }
  }

  record Member(UpdateId updateId, MemberChange change) implements Incoming {
    public Member {
      Objects.requireNonNull(updateId, "updateId");
      Objects.requireNonNull(change, "change");
    }

    public SeenChat chat() {
      return change.chat();
    }
  }

  record Join(UpdateId updateId, JoinRequest request) implements Incoming {
    public Join {
      Objects.requireNonNull(updateId, "updateId");
      Objects.requireNonNull(request, "request");
    }

    public SeenChat chat() {
      return request.chat();
    }
  }
}
