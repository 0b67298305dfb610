package io.alita.domain.dispatch;

import io.alita.domain.model.ChatId;
import io.alita.domain.update.UpdateId;
import java.util.List;
import java.util.Objects;

/**
 * Outbound port: updates accepted from Telegram but not yet handled, kept durably so that Telegram can be told "got
 * it" before they finish (a chat waiting out a flood pause must not hold back the confirmation of every other chat's
 * updates). Only updates still unfinished after a short wait are kept: an ordinary update is handled first and costs
 * no write here. After a restart the kept ones are handled again, in order, before new ones are taken.
 */
public interface UpdateInbox {

  /**
   * One kept update.
   *
   * @param json the update as Telegram sent it, to be read again after a restart
   */
  record Kept(UpdateId id, ChatId chat, String json) {
    public Kept {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(chat, "chat");
      Objects.requireNonNull(json, "json");
    }
  }

  /** Keeps {@code updates} in one transaction; an update kept before stays as it was. */
  void keep(List<Kept> updates);

  /** Forgets an update once it is handled (or given up). */
  void handled(UpdateId id);

  /**
   * Forgets several handled updates at once (the intake batches them off the update's path); by default one at a
   * time, an implementation may do it in one statement.
   */
  default void handled(List<UpdateId> ids) {
    ids.forEach(this::handled);
  }

  /** Every kept update, oldest first. */
  List<Kept> pending();
}
