package dev.ratebot.fake.discord;

import java.util.List;

/**
 * Where Discord's published spec is stricter than Discord, as far as ratebot's requests show. Keep
 * it to what a test actually sends: {@code KnownSpecErrorsTest} fails for an entry that the spec no
 * longer needs, or that names an operation or schema the spec does not have.
 */
final class KnownSpecErrors {
  private static final String INT_AS_STRING =
      "JDA 6 sends each value as its numeric string (InteractionContextType.getType() and"
          + " IntegrationType.getType() are strings); Discord parses int-parseable strings in int"
          + " fields (the spec's README, 'Spec conventions'), and registers the command";

  static final List<KnownSpecError> ALL =
      List.of(
          new KnownSpecError(
              "bulk_set_application_commands",
              "/components/schemas/ApplicationCommandUpdateRequest/properties/contexts/items",
              "{\"enum\": [\"0\", \"1\", \"2\"]}",
              "[{\"name\": \"rate\", \"description\": \"Rates\", \"contexts\": [\"0\", \"1\"]}]",
              "contexts: " + INT_AS_STRING),
          new KnownSpecError(
              "bulk_set_application_commands",
              "/components/schemas/ApplicationCommandUpdateRequest/properties/integration_types/items",
              "{\"enum\": [\"0\", \"1\"]}",
              "[{\"name\": \"rate\", \"description\": \"Rates\", \"integration_types\": [\"0\"]}]",
              "integration_types: " + INT_AS_STRING),
          new KnownSpecError(
              "create_interaction_response",
              "/components/schemas/MessageAttachmentRequest/properties/id",
              "{\"type\": \"integer\", \"minimum\": 0}",
              "{\"type\": 7, \"data\": {\"attachments\": [{\"id\": 0, \"filename\": \"a.png\"}]}}",
              "JDA sends a new file's attachment id as the number n of its files[n] part; Discord's"
                  + " docs say a new file's id is that index, and Discord reads it as a number"));

  private KnownSpecErrors() {}
}
