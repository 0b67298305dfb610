/** Long polling: {@link io.alita.telegram.polling.LongPollingRunner} feeds the update intake from {@code getUpdates}. */
package io.alita.telegram.polling;
