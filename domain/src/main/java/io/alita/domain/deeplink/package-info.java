/** The {@code /start <arg>} deep links the bot hands out and answers in private chat. */
package io.alita.domain.deeplink;
