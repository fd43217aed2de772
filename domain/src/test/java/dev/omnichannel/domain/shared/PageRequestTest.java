package dev.omnichannel.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PageRequestTest {

  @Test
  void pagesStartAtOne() {
    assertThat(new PageRequest(3, 20, null).offset()).isEqualTo(40);
  }

  @Test
  void outOfRangePageAndLimitAreBothReported() {
    assertThatThrownBy(() -> new PageRequest(0, 101, SortOrder.ASC))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactly("page", "limit"));
  }

  @Test
  void totalPagesRoundsUp() {
    assertThat(new Page<>(java.util.List.of(), 1, 20, 57).totalPages()).isEqualTo(3);
  }
}
