/**
 * Passive tracking: the users, chats, memberships and channels the bot sees in passing, written to the database at most once
 * per key and refresh interval, so that an ordinary message costs no database write. {@link io.alita.domain.tracking.ActivityTracker}
 * decides what must be written; {@link io.alita.domain.tracking.SeenStore} writes it.
 */
package io.alita.domain.tracking;
