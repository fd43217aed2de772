package dev.omnichannel.adapters.mongo.embedded;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.MongoServerError;
import io.netty.channel.Channel;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;

/**
 * The embedded store's backend: mongo-java-server on an H2 {@link MVStore}, with secondary indexes
 * and index reads ({@link IndexedH2Database}), and durable writes through a journal: a write
 * command is answered only once the documents it stored or removed are synced to the {@link
 * Journal}, while concurrent writes share one sync (group commit); H2 commits its pages about once
 * a second (a checkpoint), and a start applies the journal's records after the last one. Writes
 * marked {@code j:false} are answered at once and synced within {@link GroupCommit#INTERVAL};
 * commands that change collections or indexes are answered once a checkpoint holds them.
 */
public final class IndexedH2Backend extends H2Backend {

  /** The code name every command fails with once the store has failed (MongoDB's code 1). */
  public static final String FAILED = "EmbeddedStoreFailed";

  /** How often H2 commits the pages that writes changed, while they change. */
  static final Duration CHECKPOINT_EVERY = Duration.ofSeconds(1);

  private static final Set<String> SCHEMA =
      Set.of("createindexes", "drop", "dropindexes", "dropdatabase", "renamecollection", "create");

  private static final Set<String> DOCUMENT_WRITES =
      Set.of("insert", "update", "delete", "findandmodify");

  private final CommitBarrier barrier = new CommitBarrier();
  private final Journal journal;
  private final GroupCommit syncs;
  private final Checkpoints checkpoints;
  private volatile DocumentLog log;

  /** A store kept in {@code store}; in memory when the store has no file. */
  public IndexedH2Backend(MVStore store) {
    this(store, Duration.ZERO);
  }

  /**
   * With journal syncs under steady writes at least {@code commitGap} apart ({@link GroupCommit}).
   */
  public IndexedH2Backend(MVStore store, Duration commitGap) {
    this(store, commitGap, CHECKPOINT_EVERY);
  }

  /** With H2's pages committed every {@code checkpointEvery} while writes change them. */
  IndexedH2Backend(MVStore store, Duration commitGap, Duration checkpointEvery) {
    super(StoreFormat.prepared(store));
    if (store.getFileStore() == null) {
      this.journal = null;
      this.syncs = null;
      this.checkpoints = null;
      return;
    }
    // A commit of H2's own would take the maps with no regard for writes under way: its background
    // one stops here; the one a writer's thread makes once unsaved pages pile up is off only in a
    // store opened without that buffer, as CompactingFileStore.open does (tests' plain stores
    // keep it: such a commit may hold half a write, or a write whose journal record is not yet
    // synced, which the service's stores never do). Without that file's word that the maps are
    // taken, a checkpoint holds writes back until it returns: slower, as safe.
    store.setAutoCommitDelay(0);
    if (store.getFileStore() instanceof CompactingFileStore file) {
      file.whenMapsTaken(barrier::mapsTaken);
    }
    JournalMarks marks = new JournalMarks(store);
    this.journal = JournalReplay.recover(this, store, marks);
    this.log = journal;
    this.checkpoints = new Checkpoints(store, barrier, journal, marks, checkpointEvery);
    this.syncs = new GroupCommit(store, journal::sync, commitGap);
  }

  /** Moves with every write and every commit: whether anything happened since the last look. */
  long activity() {
    return getMvStore().getCurrentVersion() + (journal == null ? 0 : journal.appended());
  }

  /**
   * Documents the embedded stores of this process have decoded from their collections, by point
   * read or scan: for tests that prove a query reads only what it needs.
   */
  public static long documentsRead() {
    return BsonCollection.READS.sum();
  }

  /**
   * Runs {@code work}, which commits inside (a chunk move), with no write under way and the journal
   * synced first: a commit must hold no write whose record a crash could still take away, or the
   * replay could give a document back an earlier unique key that another took meanwhile.
   */
  void betweenWrites(Runnable work) {
    barrier.exclusive(
        () -> {
          if (journal != null) {
            journal.sync();
          }
          work.run();
        });
  }

  /** The error H2 gave up on the store with, once it has. */
  public Optional<MVStoreException> failure() {
    return Optional.ofNullable(getMvStore().getPanicException());
  }

  @Override
  protected MongoDatabase openOrCreateDatabase(String databaseName) {
    return IndexedH2Database.open(databaseName, getMvStore(), getCursorRegistry(), this::changed);
  }

  /** Collections opened before the journal started (its replay) tell nobody. */
  private void changed(String database, String collection, boolean removal, byte[] bson) {
    DocumentLog current = log;
    if (current != null) {
      current.changed(database, collection, removal, bson);
    }
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
    String name = command.toLowerCase(Locale.ROOT);
    boolean write = DOCUMENT_WRITES.contains(name) || SCHEMA.contains(name);
    try {
      result =
          journal != null && write
              ? barrier.write(() -> super.handleCommand(channel, databaseName, command, query))
              : super.handleCommand(channel, databaseName, command, query);
    } finally {
      getMvStore().deregisterVersionUsage(reading);
    }
    if (journal != null && SCHEMA.contains(name)) {
      checkpoints.awaitDurable();
    } else if (journal != null && write && journaled(query.get("writeConcern"))) {
      syncs.awaitDurable();
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
    if (journal == null) {
      super.close();
      return;
    }
    checkpoints.stop();
    syncs.close();
    if (failure().isPresent()) {
      // H2's close() of a failed store that it left open commits first, meets the failure, and
      // then waits forever for the close it is itself doing (a CPU spinning at SIGTERM)
      getMvStore().closeImmediately();
      super.close();
      // the journal keeps what the file lacks: the next start applies it to the last commit
      try {
        journal.close();
      } catch (UncheckedIOException diskFailedToo) {
        // what was acknowledged is in it already
      }
      return;
    }
    checkpoints.last(super::close);
  }
}
