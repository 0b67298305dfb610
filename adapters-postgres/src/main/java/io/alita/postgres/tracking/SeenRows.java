package io.alita.postgres.tracking;

import io.alita.domain.tracking.SeenBatch;
import io.alita.domain.tracking.SeenChannel;
import io.alita.domain.tracking.SeenChat;
import io.alita.domain.tracking.SeenUser;
import io.alita.postgres.tracking.SeenMapper.ChannelRow;
import io.alita.postgres.tracking.SeenMapper.ChatRow;
import io.alita.postgres.tracking.SeenMapper.MembershipRow;
import io.alita.postgres.tracking.SeenMapper.UserRow;
import io.alita.postgres.tracking.SeenMapper.UsernameClaim;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A {@link SeenBatch} as the flat rows {@link SeenMapper} binds. Rows are sorted by key: two transactions upserting
 * overlapping rows then lock them in the same order and cannot deadlock.
 */
record SeenRows(List<UsernameClaim> claims, List<UserRow> users, List<ChatRow> chats, List<ChannelRow> channels,
    List<MembershipRow> memberships) {

  static SeenRows of(SeenBatch batch) {
    List<UsernameClaim> claims = Stream.concat(
        batch.users().stream().filter(seen -> seen.value().username() != null)
            .map(seen -> new UsernameClaim("user", seen.value().id().value(), seen.value().username(), at(seen.at()))),
        batch.channels().stream().filter(seen -> seen.value().username() != null)
            .map(seen -> new UsernameClaim("channel", seen.value().id().value(), seen.value().username(), at(seen.at()))))
        .toList();
    List<UserRow> users = batch.users().stream()
        .map(seen -> {
          SeenUser u = seen.value();
          return new UserRow(u.id().value(), u.fullName(), u.username(), at(seen.at()));
        })
        .sorted(Comparator.comparingLong(UserRow::userId))
        .toList();
    List<ChatRow> chats = batch.chats().stream()
        .map(seen -> {
          SeenChat c = seen.value();
          return new ChatRow(c.id().value(), c.kind().name().toLowerCase(Locale.ROOT), c.title(), c.username(), at(seen.at()));
        })
        .sorted(Comparator.comparingLong(ChatRow::chatId))
        .toList();
    List<ChannelRow> channels = batch.channels().stream()
        .map(seen -> {
          SeenChannel c = seen.value();
          return new ChannelRow(c.id().value(), c.title(), c.username(), at(seen.at()));
        })
        .sorted(Comparator.comparingLong(ChannelRow::chatId))
        .toList();
    List<MembershipRow> memberships = batch.memberships().stream()
        .map(seen -> new MembershipRow(seen.value().chat().value(), seen.value().user().value(), at(seen.at())))
        .sorted(Comparator.comparingLong(MembershipRow::chatId).thenComparingLong(MembershipRow::userId))
        .toList();
    return new SeenRows(claims, users, chats, channels, memberships);
  }

  /** Bound as {@code timestamptz} by pgjdbc, exactly, whatever the JVM's time zone. */
  private static OffsetDateTime at(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
