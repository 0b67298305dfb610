/**
 * Bans and kicks, and what every moderation command shares: picking and protecting the target ({@link
 * io.alita.domain.bans.TargetPicker}), mentions, reasons, and the restrict/unrestrict buttons.
 */
package io.alita.domain.bans;
