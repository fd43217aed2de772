package dev.omnichannel.adapters.mongo.embedded;

/** Where a collection tells of each document it stores or removes ({@link Journal}). */
@FunctionalInterface
interface DocumentLog {

  /** Tells nobody: stores in memory, and a store's own collections while it replays. */
  DocumentLog NONE = (database, collection, removal, bson) -> {};

  /** A document stored ({@code removal} false: {@code bson} is it) or removed (its {@code _id}). */
  void changed(String database, String collection, boolean removal, byte[] bson);
}
