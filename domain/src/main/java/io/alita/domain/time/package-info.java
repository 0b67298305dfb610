/** Durations typed by admins: temporary bans and mutes, anti-raid windows. */
package io.alita.domain.time;
