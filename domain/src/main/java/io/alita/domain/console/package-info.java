/**
 * What the web console reads that no bot command needs: the {@link io.alita.domain.console.ChatDirectory} of groups
 * with their protections. The console's edits go through the feature packages' use cases (see
 * {@link io.alita.domain.settings}), and its read-only views through the feature stores.
 */
package io.alita.domain.console;
