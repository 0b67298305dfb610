package io.alita.domain.antiflood;

import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import java.util.Objects;

/** Who sent a message, for counting and for the penalty: a member, or a channel posting in the group. */
public sealed interface Flooder {

  /** A member writing as themself. */
  record Member(UserId id) implements Flooder {
    public Member {
      Objects.requireNonNull(id, "id");
    }
  }

  /** A channel posting in the group (a member writing "as the channel"); only a channel ban stops it. */
  record Channel(ChatId id) implements Flooder {
    public Channel {
      Objects.requireNonNull(id, "id");
    }
  }
}
