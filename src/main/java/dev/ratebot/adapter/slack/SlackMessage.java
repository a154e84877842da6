package dev.ratebot.adapter.slack;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;
import java.util.Objects;

/**
 * A rendered reply: Block Kit blocks and the plain {@code text} Slack shows in notifications and
 * where blocks cannot be shown. Both are already escaped and within Slack's limits.
 *
 * @param text the notification and fallback text (mrkdwn, escaped)
 * @param blocks the Block Kit blocks, at most 50
 */
public record SlackMessage(String text, List<LayoutBlock> blocks) {
  public SlackMessage {
    Objects.requireNonNull(text, "text");
    blocks = List.copyOf(blocks);
  }
}
