package dev.ratebot.adapter.slack;

import dev.ratebot.adapter.chat.AnswerStore;
import dev.ratebot.adapter.chat.Audience;
import dev.ratebot.adapter.chat.ChatRenderer;
import dev.ratebot.adapter.chat.InMemoryAnswerStore;
import dev.ratebot.core.reply.Reply;

/**
 * Renders a {@link Reply} as Block Kit: the shared traversal drawing on a {@link SlackCanvas}.
 * Within Slack's limits by construction (at most 50 blocks, 3,000 characters a text, 150 a header,
 * ten fields a section); every piece of reply text that goes into mrkdwn is escaped.
 */
public final class SlackRenderer {
  /**
   * The action id of the "Share in channel" button; its value is the kept answer's id, a space, and
   * the answer's question (to offer when the answer is no longer kept).
   */
  public static final String SHARE_ACTION = "ratebot-share";

  /** The action id of the "Why?" button; its value is the question that shows the calculation. */
  public static final String WHY_ACTION = "ratebot-why";

  /** The action id prefix of the refine menus; each option's value is the query to run. */
  public static final String REFINE_ACTION_PREFIX = "ratebot-refine-";

  private final ChatRenderer<SlackMessage> chat;
  private final AnswerStore store;

  /** A renderer keeping shareable answers in memory. */
  public SlackRenderer() {
    this(new InMemoryAnswerStore());
  }

  /**
   * @param store where shareable answers are kept, so Share posts the answer the user saw
   */
  public SlackRenderer(AnswerStore store) {
    this.store = store;
    this.chat = new ChatRenderer<>(audience -> new SlackCanvas(), java.util.Optional.of(store));
  }

  /** The store shareable answers are kept in. */
  public AnswerStore store() {
    return store;
  }

  /** The reply as a message for the audience. */
  public SlackMessage render(Reply reply, Audience audience) {
    return chat.render(reply, audience);
  }

  /** The reply as shared into a channel by a user, with a "Shared by" line and no controls. */
  public SlackMessage renderShared(Reply reply, String sharerUserId) {
    return chat.renderShared(reply, sharerUserId);
  }
}
