package io.alita.telegram.update;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ChatLanesTest {

  private final ExecutorService pool = Executors.newFixedThreadPool(2);
  private final ChatLanes lanes = new ChatLanes(pool);

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  @Test
  void tasksOfOneChatRunInOrder() throws InterruptedException {
    List<Integer> seen = new CopyOnWriteArrayList<>();
    CountDownLatch done = new CountDownLatch(50);
    for (int i = 0; i < 50; i++) {
      int n = i;
      lanes.submit(1, () -> {
        seen.add(n);
        done.countDown();
        return null;
      });
    }
    assertTrue(done.await(10, TimeUnit.SECONDS));
    for (int i = 0; i < 50; i++) {
      assertEquals(i, seen.get(i));
    }
  }

  @Test
  void aTaskThatThrowsAnErrorDoesNotStopItsChat() throws InterruptedException {
    CountDownLatch next = new CountDownLatch(1);
    lanes.submit(7, () -> {
      throw new AssertionError("a bug in a handler");
    });
    lanes.submit(7, () -> {
      next.countDown();
      return null;
    });
    assertTrue(next.await(10, TimeUnit.SECONDS), "the chat's next task ran");
    assertLaneIdle();
  }

  @Test
  void aTaskThatThrowsAnExceptionDoesNotStopItsChat() throws InterruptedException {
    CountDownLatch next = new CountDownLatch(1);
    lanes.submit(7, () -> {
      throw new IllegalStateException("a bug in a handler");
    });
    lanes.submit(7, () -> {
      next.countDown();
      return null;
    });
    assertTrue(next.await(10, TimeUnit.SECONDS), "the chat's next task ran");
    assertLaneIdle();
  }

  @Test
  void aWaitingChatHoldsNoThread() throws InterruptedException {
    CompletableFuture<Void> slow = new CompletableFuture<>();
    lanes.submit(1, () -> slow);
    lanes.submit(2, () -> slow);
    lanes.submit(3, () -> slow);
    CountDownLatch other = new CountDownLatch(1);
    lanes.submit(4, () -> {
      other.countDown();
      return null;
    });
    assertTrue(other.await(10, TimeUnit.SECONDS), "a fourth chat is served while three wait, on a pool of two");
    slow.complete(null);
    assertLaneIdle();
  }

  private void assertLaneIdle() throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (lanes.busyChats() != 0 && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertEquals(0, lanes.busyChats(), "every lane finished and was removed");
  }
}
