/**
 * Blacklists: words and phrases a chat's admins do not want to see. Each chat's words are compiled into one
 * {@link io.alita.domain.blacklists.BlacklistAutomaton} (Aho-Corasick over case-folded code points) and cached until the
 * list changes; the decision for a matching message is the pure {@link io.alita.domain.blacklists.BlacklistPolicy};
 * words and actions live behind the {@link io.alita.domain.blacklists.BlacklistStore} port;
 * {@link io.alita.domain.blacklists.BlacklistsModule} declares the commands, the confirmation buttons and the filter.
 */
package io.alita.domain.blacklists;
