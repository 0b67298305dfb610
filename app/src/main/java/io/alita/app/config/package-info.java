/** The bot's configuration: environment variables over an optional {@code .env} file, read into checked, immutable records. */
package io.alita.app.config;
