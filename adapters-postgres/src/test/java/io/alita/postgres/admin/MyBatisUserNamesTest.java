package io.alita.postgres.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.alita.domain.model.UserId;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MyBatisUserNamesTest {

  private AdminDatabase db;
  private MyBatisUserNames names;

  @BeforeEach
  void emptyDatabase() {
    db = AdminDatabase.empty();
    names = new MyBatisUserNames(db.sessions);
  }

  @Test
  void aSeenUserIsNamedAsStored() {
    db.execute("INSERT INTO users (user_id, name) VALUES (101, 'Ada Lovelace')");

    assertEquals(Optional.of("Ada Lovelace"), names.nameOf(UserId.of(101)));
  }

  @Test
  void anUnknownUserOrABlankNameIsUnknown() {
    db.execute("INSERT INTO users (user_id, name) VALUES (102, '')");
    db.execute("INSERT INTO users (user_id) VALUES (103)");

    assertEquals(Optional.empty(), names.nameOf(UserId.of(101)));
    assertEquals(Optional.empty(), names.nameOf(UserId.of(102)));
    assertEquals(Optional.empty(), names.nameOf(UserId.of(103)));
  }
}
