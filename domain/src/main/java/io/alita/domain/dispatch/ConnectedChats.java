package io.alita.domain.dispatch;

import io.alita.domain.i18n.MessageKey;
import io.alita.domain.tracking.SeenChat;
import io.alita.domain.tracking.SeenUser;
import java.util.List;
import java.util.Objects;

/**
 * Where a {@linkplain CommandSpec#connectable() connection-aware} command sent in a private chat acts: the group its
 * user connected to. The dispatcher asks this once per such command, before its gate; one module (Connections)
 * provides it through {@link Registry#connectedChats}. The answer re-checks the user against the group now, and may
 * drop a connection gone stale (a write in the command's unit of work).
 */
public interface ConnectedChats {

  /** Without a connections module: every connection-aware command in private says to connect first. */
  ConnectedChats NONE = request -> new Target.Refused(Target.CONNECT_FIRST, List.of("command", request.command()));

  /**
   * One question: who sent which command, in the event's unit of work.
   *
   * @param user who sent it (in the private chat), or pressed its button
   * @param command the command's name, without the slash
   */
  record Request(SeenUser user, String command, UnitOfWork work) {
    public Request {
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(command, "command");
      Objects.requireNonNull(work, "work");
    }
  }

  /** The answer: a group to act on, or a reply for the private chat instead of running the command. */
  sealed interface Target {

    /** Without a connection. */
    MessageKey CONNECT_FIRST = MessageKey.of("connections.connect_first");

    /** Act on {@code group}, as if the command had been sent there (answers still go to the private chat). */
    record Group(SeenChat group) implements Target {
      public Group {
        Objects.requireNonNull(group, "group");
        if (!group.kind().hasMembers()) {
          throw new IllegalArgumentException("a connection points at a group, not " + group.kind());
        }
      }
    }

    /**
     * Do not run it; answer {@code reason} instead.
     *
     * @param namesAndValues the placeholders of the reason, as for {@link io.alita.domain.i18n.Messages#html}
     */
    record Refused(MessageKey reason, List<Object> namesAndValues) implements Target {
      public Refused {
        Objects.requireNonNull(reason, "reason");
        namesAndValues = List.copyOf(namesAndValues);
      }
    }
  }

  /** Where {@code request}'s command acts. */
  Target resolve(Request request);

  /**
   * Told once, after every module registered, which commands are connection-aware (for the list {@code /connect}
   * shows). Most implementations ignore it.
   */
  default void connectable(List<CommandSpec> commands) {}
}
