package dev.ratebot.fake.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class KnownSpecErrorsTest {
  static final String PATH = "applications/" + DiscordPayloads.APP_ID + "/commands";

  @Test
  void eachEntryNamesARealOperationAndASchemaThatOperationUses() {
    DiscordContract strict = DiscordContract.load(List.of());

    for (KnownSpecError error : KnownSpecErrors.ALL) {
      assertThat(strict.operation(error.operationId()))
          .as("operation %s", error.operationId())
          .isPresent();
      assertThat(error.schema()).startsWith("/components/schemas/");
      String schema = error.schema().split("/")[3];
      assertThat(strict.schemasOf(strict.operation(error.operationId()).orElseThrow()))
          .as("the schemas %s's body uses", error.operationId())
          .contains(schema);
    }
  }

  @Test
  void eachEntryIsStillNeededAndEnough() {
    DiscordContract strict = DiscordContract.load(List.of());

    for (KnownSpecError error : KnownSpecErrors.ALL) {
      SpecOperation operation = strict.operation(error.operationId()).orElseThrow();
      DiscordContract relaxed = DiscordContract.load(List.of(error));

      assertThat(strict.check(operation, "application/json", error.exampleBody()))
          .as("the spec still refuses the example of %s", error.schema())
          .isPresent();
      assertThat(relaxed.check(operation, "application/json", error.exampleBody()))
          .as("relaxing %s alone accepts its example", error.schema())
          .isEmpty();
    }
  }

  @Test
  void theRelaxationsAcceptOnlyTheValuesTheyName() throws Exception {
    DiscordContract contract = DiscordContract.v10();
    SpecOperation operation = contract.operation("PUT", PATH).orElseThrow();

    assertThat(
            contract.check(
                operation,
                "application/json",
                DiscordPayloads.JSON.readTree(
                    "[{\"name\": \"rate\", \"description\": \"Rates\", \"contexts\": [\"7\"]}]")))
        .isPresent();
  }
}
