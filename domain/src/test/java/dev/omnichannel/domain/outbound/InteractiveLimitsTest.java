package dev.omnichannel.domain.outbound;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnichannel.domain.shared.FieldError;
import dev.omnichannel.domain.shared.InvalidInputException;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InteractiveLimitsTest {

  private static Interactive.Button button(String title) {
    return new Interactive.Button(title, title);
  }

  @Test
  void theSeedsButtonsAndListPass() {
    assertThatCode(
            () ->
                InteractiveLimits.check(
                    new Interactive.Buttons(
                        "Escolha uma opção:", List.of(button("Opção 1"), button("Opção 2")))))
        .doesNotThrowAnyException();
    assertThatCode(
            () ->
                InteractiveLimits.check(
                    new Interactive.ListMenu(
                        "Selecione um departamento:",
                        "Ver opções",
                        List.of(
                            new Interactive.Section(
                                "Departamentos",
                                List.of(
                                    new Interactive.Row("vendas", "Vendas", "Equipe de vendas"),
                                    new Interactive.Row(
                                        "suporte", "Suporte", "Suporte técnico")))))))
        .doesNotThrowAnyException();
  }

  @Test
  void fourButtonsLongOrRepeatedTitlesAreAllReported() {
    Interactive.Buttons tooMany =
        new Interactive.Buttons(
            "x", List.of(button("a"), button("a"), button("012345678901234567890"), button("d")));

    assertThatThrownBy(() -> InteractiveLimits.check(tooMany))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                org.assertj.core.api.Assertions.assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactlyInAnyOrder(
                        "interactive.action.buttons",
                        "interactive.action.buttons[1].reply.title",
                        "interactive.action.buttons[2].reply.title"));
  }

  @Test
  void moreThanTenRowsInAllAreRefused() {
    List<Interactive.Row> six =
        IntStream.range(0, 6)
            .mapToObj(i -> new Interactive.Row("r" + i, "Row " + i, null))
            .toList();
    Interactive.ListMenu list =
        new Interactive.ListMenu(
            "x",
            "Ver",
            List.of(new Interactive.Section("A", six), new Interactive.Section("B", six)));

    assertThatThrownBy(() -> InteractiveLimits.check(list))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void rowTitleAndDescriptionLimits() {
    Interactive.ListMenu list =
        new Interactive.ListMenu(
            "x",
            "Ver opções e mais opções",
            List.of(
                new Interactive.Section(
                    "A",
                    List.of(
                        new Interactive.Row("r", "0123456789012345678901234", "d".repeat(73))))));

    assertThatThrownBy(() -> InteractiveLimits.check(list))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                org.assertj.core.api.Assertions.assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactlyInAnyOrder(
                        "interactive.action.button",
                        "interactive.action.sections[0].rows[0].title",
                        "interactive.action.sections[0].rows[0].description"));
  }
}
