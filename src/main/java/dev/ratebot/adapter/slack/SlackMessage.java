package dev.ratebot.adapter.slack;

import com.slack.api.model.block.ImageBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.SlackFileObject;
import dev.ratebot.adapter.chart.ChartImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A rendered reply: Block Kit blocks and the plain {@code text} Slack shows in notifications and
 * where blocks cannot be shown. Both are already escaped and within Slack's limits. A reply with a
 * chart carries its PNG until it is uploaded; then {@link #withChartFile} puts an image block where
 * the chart belongs (room for it is kept within the 50 blocks).
 *
 * @param text the notification and fallback text (mrkdwn, escaped)
 * @param blocks the Block Kit blocks, at most 50 (49 while a chart waits to be placed)
 * @param chart the chart still to upload, if any
 * @param chartAt the index in {@code blocks} where the chart's image block goes
 */
public record SlackMessage(
    String text, List<LayoutBlock> blocks, Optional<ChartImage> chart, int chartAt) {
  public SlackMessage {
    Objects.requireNonNull(text, "text");
    blocks = List.copyOf(blocks);
    Objects.requireNonNull(chart, "chart");
    if (chartAt < 0 || chartAt > blocks.size()) {
      throw new IllegalArgumentException("chartAt " + chartAt + " outside 0.." + blocks.size());
    }
  }

  /** A message without a chart. */
  public SlackMessage(String text, List<LayoutBlock> blocks) {
    this(text, blocks, Optional.empty(), 0);
  }

  /** The message with the uploaded chart shown in an image block, by its Slack file id. */
  SlackMessage withChartFile(String fileId, String title) {
    String alt = chart.map(ChartImage::altText).orElse(title);
    ImageBlock image =
        ImageBlock.builder()
            .slackFile(SlackFileObject.builder().id(fileId).build())
            .altText(SlackText.fit(alt, Blocks.MAX_ALT_TEXT))
            .title(Blocks.plain(title, Blocks.MAX_IMAGE_TITLE))
            .build();
    return inserted(image);
  }

  /** The message with a line saying why the chart is missing, where it would have been. */
  SlackMessage withoutChart(String escapedNote) {
    return inserted(Blocks.context(List.of(escapedNote)));
  }

  private SlackMessage inserted(LayoutBlock block) {
    List<LayoutBlock> all = new ArrayList<>(blocks);
    all.add(chartAt, block);
    return new SlackMessage(text, all);
  }
}
