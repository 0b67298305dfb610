/**
 * Warns: admins warn members; at the chat's limit the member is banned, kicked or muted (for good or for a while) and
 * their count starts again. The decision at each warn is the pure {@link io.alita.domain.warns.WarnPolicy}; counts and
 * settings live behind the {@link io.alita.domain.warns.WarnStore} port; {@link io.alita.domain.warns.WarnsModule}
 * declares the commands and buttons.
 */
package io.alita.domain.warns;
