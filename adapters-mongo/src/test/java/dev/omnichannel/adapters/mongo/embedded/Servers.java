package dev.omnichannel.adapters.mongo.embedded;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import java.util.ArrayList;
import java.util.List;

/** Wire-protocol servers on given backends, each with a driver client, closed together. */
final class Servers implements AutoCloseable {

  private final List<MongoServer> servers = new ArrayList<>();
  private final List<MongoClient> clients = new ArrayList<>();

  /** Database {@code db} of a new server on {@code backend}, through the real driver. */
  MongoDatabase database(MongoBackend backend) {
    MongoServer server = new MongoServer(backend);
    servers.add(server);
    MongoClient client = MongoClients.create(server.bindAndGetConnectionString());
    clients.add(client);
    return client.getDatabase("db");
  }

  @Override
  public void close() {
    clients.forEach(MongoClient::close);
    servers.forEach(MongoServer::shutdownNow);
  }
}
