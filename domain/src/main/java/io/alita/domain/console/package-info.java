/**
 * The web console's own business. Who may use it and how they get in: one-time login links sent by the bot
 * ({@code /console} in a private chat), the break-glass password, sessions, and which chats a console user may see
 * and change. What it reads that no bot command needs: the {@link io.alita.domain.console.ChatDirectory} of groups
 * with their protections. Its edits go through the feature packages' use cases (see {@link io.alita.domain.settings}),
 * and its read-only views through the feature stores.
 */
package io.alita.domain.console;
