package dev.ratebot.adapter.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.utils.SessionController.SessionConnectNode;
import org.junit.jupiter.api.Test;

class GatewaySessionControllerTest {
  @Test
  void givesTheConfiguredGateway() {
    assertThat(new GatewaySessionController("ws://127.0.0.1:1").getGateway())
        .isEqualTo("ws://127.0.0.1:1");
  }

  @Test
  void holdsConnectionsUntilOpened() throws Exception {
    GatewaySessionController controller = new GatewaySessionController("ws://127.0.0.1:1");
    Node node = new Node();

    controller.appendSession(node);
    boolean ranBeforeOpen = node.ran.getCount() == 0;
    controller.open();

    assertThat(ranBeforeOpen).isFalse();
    assertThat(node.ran.await(30, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void aRemovedHeldConnectionNeverRuns() throws Exception {
    GatewaySessionController controller = new GatewaySessionController("ws://127.0.0.1:1");
    Node removed = new Node();
    Node kept = new Node();

    controller.appendSession(removed);
    controller.removeSession(removed);
    controller.appendSession(kept);
    controller.open();

    assertThat(kept.ran.await(30, TimeUnit.SECONDS)).isTrue();
    assertThat(removed.ran.getCount()).isEqualTo(1);
  }

  /** A connection attempt that only records that it ran. */
  static final class Node implements SessionConnectNode {
    final CountDownLatch ran = new CountDownLatch(1);

    @Override
    public boolean isReconnect() {
      return false;
    }

    @Override
    public JDA getJDA() {
      return null;
    }

    @Override
    public JDA.ShardInfo getShardInfo() {
      return JDA.ShardInfo.SINGLE;
    }

    @Override
    public void run(boolean last) {
      ran.countDown();
    }
  }
}
