package dev.ratebot.core.reply;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CitationTest {
  @Test
  void aWholeSourceIsNamedWithItsVintageAndWhereItWasRead() {
    assertThat(new Citation("Payscale, Glassdoor", "2023", "ProCoders").text())
        .isEqualTo("Payscale, Glassdoor (2023), via ProCoders");
    assertThat(new Citation("Acme rate card", "2024", null).text())
        .isEqualTo("Acme rate card (2024)");
  }

  @Test
  void aTableCitationNamesTheTableAndTheRowsUsed() {
    assertThat(new Citation("Payscale", "2023", "ProCoders", "Hourly by region", List.of()).text())
        .isEqualTo("Payscale (2023), via ProCoders: Hourly by region");
    assertThat(
            new Citation("Payscale", "2023", "", "Hourly by region", List.of("Latin America"))
                .text())
        .isEqualTo("Payscale (2023): Hourly by region, row Latin America");
    assertThat(
            new Citation("Payscale", "2023", "", "Salary", List.of("Senior", "Senior Python"))
                .text())
        .isEqualTo("Payscale (2023): Salary, rows Senior; Senior Python");
  }

  @Test
  void rowsWithoutATableAreNotCited() {
    assertThat(new Citation("Payscale", "2023", "", null, List.of("Latin America")).text())
        .isEqualTo("Payscale (2023)");
  }
}
