/**
 * Change notifications from PostgreSQL: {@link io.alita.postgres.notify.ChatChangeListener} hears which chat's
 * settings changed (channel {@code alita_chat_changed}, sent by the triggers of migration
 * {@code 20261126130000_settings_change_notify.sql}) and tells the domain's {@code ChatChanges}.
 */
package io.alita.postgres.notify;
