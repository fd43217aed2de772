package dev.omnichannel.adapters.mongo.embedded;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.MongoServerError;
import io.netty.channel.Channel;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;

/**
 * The embedded store's backend: mongo-java-server on an H2 {@link MVStore}, with secondary indexes
 * and index reads ({@link IndexedH2Database}), and durable writes by group commit: a write command
 * is answered only once it is on disk, while concurrent writes share one commit. Writes marked
 * {@code j:false} are answered at once and reach the disk with the next commit (within {@link
 * GroupCommit#INTERVAL} at the latest).
 */
public final class IndexedH2Backend extends H2Backend {

  /** The code name every command fails with once the store has failed (MongoDB's code 1). */
  public static final String FAILED = "EmbeddedStoreFailed";

  private static final Set<String> WRITES =
      Set.of(
          "insert",
          "update",
          "delete",
          "findandmodify",
          "createindexes",
          "drop",
          "dropindexes",
          "dropdatabase",
          "renamecollection",
          "create");

  private final GroupCommit commits;
  private final CommitBarrier barrier = new CommitBarrier();

  /** A store kept in {@code store}; in memory when the store has no file. */
  public IndexedH2Backend(MVStore store) {
    this(store, Duration.ZERO);
  }

  /** With commits under steady writes at least {@code commitGap} apart ({@link GroupCommit}). */
  public IndexedH2Backend(MVStore store, Duration commitGap) {
    super(StoreFormat.prepared(store));
    if (store.getFileStore() == null) {
      this.commits = null;
      return;
    }
    // A commit of H2's own would take the maps with no regard for writes under way: its background
    // one stops here; the one a writer's thread makes once unsaved pages pile up is off only in a
    // store opened without that buffer, as CompactingFileStore.open does (tests' plain stores
    // keep it). Without that file's word that the maps are taken, a commit holds writes back
    // until it returns: slower, as safe.
    store.setAutoCommitDelay(0);
    if (store.getFileStore() instanceof CompactingFileStore file) {
      file.whenMapsTaken(barrier::mapsTaken);
    }
    this.commits =
        new GroupCommit(
            store,
            () -> {
              barrier.commit(store::commit);
              store.sync();
            },
            commitGap);
  }

  /**
   * Documents the embedded stores of this process have decoded from their collections, by point
   * read or scan: for tests that prove a query reads only what it needs.
   */
  public static long documentsRead() {
    return BsonCollection.READS.sum();
  }

  /** Runs {@code work}, which commits inside (a chunk move), with no write under way. */
  void betweenWrites(Runnable work) {
    barrier.exclusive(work);
  }

  /** The error H2 gave up on the store with, once it has. */
  public Optional<MVStoreException> failure() {
    return Optional.ofNullable(getMvStore().getPanicException());
  }

  @Override
  protected MongoDatabase openOrCreateDatabase(String databaseName) {
    return IndexedH2Database.open(databaseName, getMvStore(), getCursorRegistry());
  }

  @Override
  public Document handleCommand(
      Channel channel, String databaseName, String command, Document query) {
    if (failure().isPresent()) {
      // H2 gave up on the file (a disk error, the heap exhausted): every command fails from now
      // on, a ping too, so that readiness sees it (StoreReadiness); a restart opens the last commit
      MongoServerError failed =
          new MongoServerError(
              1, FAILED, "the embedded store has failed; the service must restart");
      failed.setLogError(false);
      throw failed;
    }
    // The version a command reads stays on disk until it is done, however long it takes: the
    // file reuses old chunks a second after they are dropped (EmbeddedMongoServer), not sooner.
    MVStore.TxCounter reading = getMvStore().registerVersionUsage();
    Document result;
    boolean write = WRITES.contains(command.toLowerCase(Locale.ROOT));
    try {
      result =
          commits != null && write
              ? barrier.write(() -> super.handleCommand(channel, databaseName, command, query))
              : super.handleCommand(channel, databaseName, command, query);
    } finally {
      getMvStore().deregisterVersionUsage(reading);
    }
    if (commits != null && write && journaled(query.get("writeConcern"))) {
      commits.awaitDurable();
    }
    return result;
  }

  /**
   * Whether a write asks to be on disk when answered: always, as MongoDB with {@code j:true},
   * unless its write concern says {@code j:false} — a step that a later journaled write of the same
   * request covers, since one commit writes everything before it.
   */
  private static boolean journaled(Object writeConcern) {
    return !(writeConcern instanceof Document concern && Boolean.FALSE.equals(concern.get("j")));
  }

  @Override
  public void close() {
    if (commits != null) {
      commits.close();
    }
    if (failure().isPresent()) {
      // H2's close() of a failed store that it left open commits first, meets the failure, and
      // then waits forever for the close it is itself doing (a CPU spinning at SIGTERM)
      getMvStore().closeImmediately();
    }
    if (commits == null) {
      super.close();
      return;
    }
    // the commit that closing makes takes whole writes too: a command may still be running
    barrier.exclusive(super::close);
  }
}
