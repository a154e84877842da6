package dev.ratebot.adapter.slack;

import com.slack.api.socket_mode.queue.SocketModeMessageQueue;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The raw Socket Mode messages waiting for the client's processor, bounded (the SDK's own queue is
 * not). A message that finds it full is handed to {@code overflow} on the WebSocket's reader
 * thread; a full spell logs one line when it starts and one when it ends.
 */
final class EnvelopeQueue implements SocketModeMessageQueue {
  private static final Logger LOG = LoggerFactory.getLogger(EnvelopeQueue.class);

  private final BlockingQueue<String> queue;
  private final int capacity;
  private final Consumer<String> overflow;
  private final AtomicInteger shed = new AtomicInteger();

  EnvelopeQueue(int capacity, Consumer<String> overflow) {
    this.queue = new ArrayBlockingQueue<>(capacity);
    this.capacity = capacity;
    this.overflow = overflow;
  }

  @Override
  public void add(String message) {
    if (queue.offer(message)) {
      int count = shed.getAndSet(0);
      if (count > 0) {
        LOG.info("The Socket Mode queue has room again; {} envelopes were shed", count);
      }
      return;
    }
    if (shed.getAndIncrement() == 0) {
      LOG.warn("The Socket Mode queue is full ({} envelopes); shedding until it drains", capacity);
    }
    overflow.accept(message);
  }

  @Override
  public String poll() {
    return queue.poll();
  }
}
