/**
 * Who may use the web console and how they get in: one-time login links sent by the bot ({@code /console} in a
 * private chat), the break-glass password, sessions, and which chats a console user may see and change.
 */
package io.alita.domain.console;
