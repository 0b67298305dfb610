package io.alita.app.sandbox;

import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import io.alita.domain.tracking.SeenBatch;
import io.alita.domain.tracking.SeenStore;

/**
 * The activity tracker's store in a simulation: the simulated member was never really seen, so nothing about them is
 * recorded. (The MyBatis store writes in sessions of its own, outside the simulation's rolled-back transaction; this
 * keeps it out of reach.)
 */
final class UnrecordedSightings implements SeenStore {

  @Override
  public void record(SeenBatch batch) {
    // a simulated sighting is no sighting
  }

  @Override
  public void forgetMembership(ChatId chat, UserId user) {
    // nothing was recorded to forget
  }

  @Override
  public void migrateChat(ChatId from, ChatId to) {
    // simulations never upgrade a group
  }
}
