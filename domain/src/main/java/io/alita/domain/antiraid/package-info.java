/**
 * Anti-raid: while a raid is on, every member who joins is banned for a while. An admin switches it on, or it switches
 * itself on when too many members join within {@link JoinCounter#WINDOW}. The raid's end time is stored with the
 * settings ({@link RaidStore}), so a restart never ends a raid; {@link AntiraidModule} declares the commands, the
 * button and the join handlers.
 */
package io.alita.domain.antiraid;
