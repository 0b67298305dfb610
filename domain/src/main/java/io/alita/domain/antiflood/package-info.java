/**
 * Antiflood: a member who sends more than the chat's limit of messages within {@link FloodRule#WINDOW} is muted,
 * kicked or banned, and the flood is deleted. The counting is the pure {@link FloodRule} over one sender's
 * {@link FloodWindow}; {@link FloodTracker} keeps the windows in memory; settings live behind
 * {@link FloodSettingsStore}; {@link AntifloodModule} declares the commands and the message filter.
 */
package io.alita.domain.antiflood;
