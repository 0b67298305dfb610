package io.alita.domain.tracking;

import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;

/**
 * Outbound port: what the bot has seen of users, chats, group memberships and channels ({@code users}, {@code chats},
 * {@code chat_users}, {@code channels}). Written by {@link ActivityTracker}; read by the username lookup of
 * {@link io.alita.domain.target.UserDirectory} and by whatever reports on activity.
 *
 * <p>Timestamps come from the sightings, never from the store's own clock, so a flush that runs a few seconds after the
 * message records when the message was seen. Columns are of two kinds:
 * <ul>
 *   <li>{@code last_activity} (users, chats) and {@code last_seen} (memberships) follow the latest sighting and never move
 *       backwards;
 *   <li>{@code updated_at} moves only when the stored data (name, username, title, kind) changes, so an unchanged sighting
 *       rewrites no data column. A channel has no activity column: an unchanged channel is not written at all.
 * </ul>
 * Batches are applied in the order they are recorded: the data is that of the last one (the tracker records in order), while
 * the activity columns keep the latest time whatever the order. Settings that other features keep on the same rows (a chat's
 * or user's language, a chat's inactive flag) are never touched.
 */
public interface SeenStore {

  /**
   * Writes the whole batch in one transaction: all of it or, on failure, none of it (the exception propagates).
   * <ul>
   *   <li>Users, chats and channels are inserted or updated with the data seen.
   *   <li>A username in the batch is taken away from every other user or channel that still holds it (compared without regard
   *       to case): Telegram gives a username to one account at a time, so the older holder must have let it go.
   *   <li>A membership is written only if its user and chat exist (after this batch's own rows): a membership whose chat was
   *       deleted in the meantime is skipped rather than failing everything else.
   * </ul>
   */
  void record(SeenBatch batch);

  /** Removes the membership of {@code user} in {@code chat}, when they leave or are removed; nothing happens if there is none. */
  void forgetMembership(ChatId chat, UserId user);

  /**
   * Moves a group that Telegram upgraded to a supergroup from its old id to its new one. The chat row takes the new id and the
   * kind {@link ChatKind#SUPERGROUP}; every per-chat row (settings, notes, warns, memberships...) follows it.
   *
   * <p>If the bot had already written a row for {@code to} (it saw messages in the new supergroup before the migration notice),
   * the two are merged: the new chat's title and username (where it has them) and the later activity are kept, memberships
   * of both are kept (the later {@code last_seen} wins), and the old group's settings win over anything recorded under the new
   * id, which is dropped. Why the old side wins: admins built those settings over the group's whole life, while the new id
   * has existed for seconds. If there is no row for {@code from}, nothing happens.
   */
  void migrateChat(ChatId from, ChatId to);
}
