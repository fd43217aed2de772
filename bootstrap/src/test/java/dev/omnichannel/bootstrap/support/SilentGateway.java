package dev.omnichannel.bootstrap.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A gateway that takes every connection, reads each request's first line and never answers; closed,
 * it resets the connections, so the calls waiting on it end.
 */
public final class SilentGateway implements AutoCloseable {

  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final ConcurrentLinkedQueue<String> requests = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<Socket> held = new ConcurrentLinkedQueue<>();
  private final ServerSocket socket;

  public SilentGateway() throws IOException {
    socket = new ServerSocket(0, 64, InetAddress.getLoopbackAddress());
    threads.submit(this::acceptAndNeverAnswer);
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + socket.getLocalPort();
  }

  /** The request lines so far ("POST /path"), in arrival order. */
  public List<String> requests() {
    return List.copyOf(requests);
  }

  public long requestsTo(String pathPart) {
    return requests.stream().filter(r -> r.contains(pathPart)).count();
  }

  @Override
  public void close() throws IOException {
    socket.close();
    for (Socket s : held) {
      s.close();
    }
    threads.shutdownNow();
  }

  private void acceptAndNeverAnswer() {
    while (!socket.isClosed()) {
      try {
        Socket s = socket.accept();
        held.add(s);
        threads.submit(() -> readRequestLine(s));
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void readRequestLine(Socket s) {
    try {
      BufferedReader in =
          new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
      String line = in.readLine();
      if (line != null) {
        requests.add(line.substring(0, line.lastIndexOf(' ')));
      }
    } catch (IOException closed) {
      // the test is over
    }
  }
}
