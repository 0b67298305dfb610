package io.alita.domain.warns;

import io.alita.domain.model.ChatId;
import java.util.List;

/** Outbound port, read only: the members of a chat who have warns, for the console's warns page. */
@FunctionalInterface
public interface WarnedMembers {

  /** The chat's members with at least one warn: most warns first, then by user id. */
  List<WarnedMember> warnedIn(ChatId chat);
}
