package dev.omnichannel.adapters.mongo.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.bson.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndexedFieldsTest {

  private static final List<String> FIELDS = List.of("status", "due");

  private final Document before =
      new Document("_id", "d1").append("status", "pending").append("due", 10L).append("n", 1);

  @Test
  void anUpdateOfOtherFieldsLeavesTheIndexAsItWas() {
    Document after = before.cloneDeeply().append("n", 2).append("leaseId", "l1");

    assertThat(IndexedFields.unchanged(FIELDS, before, after)).isTrue();
  }

  @Test
  void aChangedAddedOrRemovedIndexedFieldIsAChange() {
    assertThat(IndexedFields.unchanged(FIELDS, before, before.cloneDeeply().append("due", 11L)))
        .isFalse();
    Document without = before.cloneDeeply();
    without.remove("due");
    assertThat(IndexedFields.unchanged(FIELDS, before, without)).isFalse();
    assertThat(IndexedFields.unchanged(FIELDS, without, before)).isFalse();
    Document withNull = before.cloneDeeply().append("due", null);
    assertThat(IndexedFields.unchanged(FIELDS, without, withNull))
        .as("missing, then null")
        .isFalse();
  }

  @Test
  void dottedPathsAndDocumentsAreLeftToTheKeys() {
    Document nested = new Document("a", new Document("x", 1).append("y", 2));
    Document reordered = new Document("a", new Document("y", 2).append("x", 1));

    assertThat(IndexedFields.unchanged(List.of("a"), nested, reordered)).isFalse();
    assertThat(IndexedFields.unchanged(List.of("a.x"), nested, nested.cloneDeeply())).isFalse();
  }
}
