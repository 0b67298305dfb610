package io.alita.domain.confirm;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link ConfirmationStore} in memory, for module tests; kept honest by {@link ConfirmationStoreContract}. */
public final class InMemoryConfirmationStore implements ConfirmationStore {

  private final Map<String, Confirmation> questions = new ConcurrentHashMap<>();

  @Override
  public void save(Confirmation confirmation) {
    questions.put(confirmation.token(), confirmation);
  }

  @Override
  public Optional<Confirmation> find(String token) {
    return Optional.ofNullable(questions.get(token));
  }

  @Override
  public boolean take(String token) {
    return questions.remove(token) != null;
  }

  @Override
  public int forgetExpired(Instant now) {
    int before = questions.size();
    questions.values().removeIf(c -> c.expiredAt(now));
    return before - questions.size();
  }

  /** Questions waiting, for assertions. */
  public int size() {
    return questions.size();
  }
}
