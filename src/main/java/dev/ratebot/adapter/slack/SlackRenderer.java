package dev.ratebot.adapter.slack;

import com.slack.api.model.block.LayoutBlock;
import dev.ratebot.adapter.chat.AnswerStore;
import dev.ratebot.adapter.chat.Audience;
import dev.ratebot.adapter.chat.ChatRenderer;
import dev.ratebot.adapter.chat.Controls;
import dev.ratebot.adapter.chat.InMemoryAnswerStore;
import dev.ratebot.core.reply.Reply;
import java.util.List;

/**
 * Renders a {@link Reply} as Block Kit: the shared traversal drawing on a {@link SlackCanvas}.
 * Within Slack's limits by construction (at most 50 blocks, 3,000 characters a text, 150 a header,
 * ten fields a section); every piece of reply text that goes into mrkdwn is escaped.
 */
public final class SlackRenderer {
  /**
   * The action id of the "Share in channel" button. The value of every button under an answer is
   * the kept answer's id, a space, and the question to offer when the answer is no longer kept.
   */
  public static final String SHARE_ACTION = "ratebot-share";

  /** The action id of the button that shares an offer check's range, without the figure. */
  public static final String SHARE_RANGE_ACTION = "ratebot-share-range";

  /** The action id of the "Why?" button. */
  public static final String WHY_ACTION = "ratebot-why";

  /** The action id of the "Chart" button. */
  public static final String CHART_ACTION = "ratebot-chart";

  /** The action id of the "CSV" button. */
  public static final String EXPORT_ACTION = "ratebot-csv";

  /** The action id prefix of the refine menus; each option's value is the query to run. */
  public static final String REFINE_ACTION_PREFIX = "ratebot-refine-";

  private final ChatRenderer<SlackMessage> chat;
  private final ChatRenderer<SlackMessage> home =
      new ChatRenderer<>(audience -> new SlackCanvas(Blocks.MAX_VIEW_BLOCKS));
  private final AnswerStore store;

  /** A renderer keeping answers with buttons in memory. */
  public SlackRenderer() {
    this(new InMemoryAnswerStore());
  }

  /**
   * @param store where answers with buttons are kept, so a button acts on the answer the user saw
   */
  public SlackRenderer(AnswerStore store) {
    this.store = store;
    this.chat = new ChatRenderer<>(audience -> new SlackCanvas(), java.util.Optional.of(store));
  }

  /** The action id of a button under an answer. */
  public static String actionId(Controls.Button button) {
    return switch (button) {
      case SHARE -> SHARE_ACTION;
      case SHARE_RANGE -> SHARE_RANGE_ACTION;
      case WHY -> WHY_ACTION;
      case CHART -> CHART_ACTION;
      case EXPORT -> EXPORT_ACTION;
    };
  }

  /** The store answers with buttons are kept in. */
  public AnswerStore store() {
    return store;
  }

  /** The reply as a message for the audience. */
  public SlackMessage render(Reply reply, Audience audience) {
    return chat.render(reply, audience);
  }

  /**
   * The reply as the blocks of a Home tab view: up to 100, and without controls, which would answer
   * through a response_url that a Home tab's clicks do not carry.
   */
  public List<LayoutBlock> renderHome(Reply reply) {
    return home.render(reply, Audience.CHANNEL).blocks();
  }

  /** The reply as shared into a channel by a user, with a "Shared by" line and no controls. */
  public SlackMessage renderShared(Reply reply, String sharerUserId) {
    return chat.renderShared(reply, sharerUserId);
  }
}
