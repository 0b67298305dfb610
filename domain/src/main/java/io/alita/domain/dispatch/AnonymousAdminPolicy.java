package io.alita.domain.dispatch;

import io.alita.domain.model.ChatId;

/** Outbound port: whether a chat trusts commands from anonymous admins without proof ({@code /anonadmin on}). */
@FunctionalInterface
public interface AnonymousAdminPolicy {
  boolean trusts(ChatId chat);
}
