package bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The hot reads of an agent's screen, each timed 40 times in a row after 5 unmeasured ones. */
final class Reads {

  private final Account account;
  private final Table table;

  Reads(Account account, Table table) {
    this.account = account;
    this.table = table;
  }

  void measure(String longSession) throws Exception {
    String base = "/api/accounts/" + Account.ID;
    String messages = "/api/session/" + longSession + "/messages?limit=20";
    int pages = account.api.get(messages).get("totalPages").asInt();
    check("inbox page (active sessions, newest first)", base + "/sessions?status=active&limit=20");
    check("a session's first message page (" + pages + " pages)", messages + "&page=1");
    check("a session's last message page", messages + "&page=" + pages);
    check(
        "contacts by name (\"joao silva\")",
        base + "/contacts?limit=20&name=" + Account.query("joao silva"));
  }

  private void check(String figure, String path) throws Exception {
    for (int i = 0; i < 5; i++) {
      account.api.timedGet(path);
    }
    List<Long> took = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      took.add(account.api.timedGet(path));
    }
    Collections.sort(took);
    double median = Steady.percentile(took, 50) / 1e6;
    table.check(
        "full store: " + figure + ", median",
        String.format("%.1f ms", median),
        "≤ 50 ms",
        median <= 50);
  }
}
