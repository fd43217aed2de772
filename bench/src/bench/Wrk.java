package bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs wrk (2 threads, closed loop) and reads its summary. */
final class Wrk {

  /** What one wrk run measured. */
  record Result(double rate, long requests, long errors, double p50Ms, double p99Ms) {
    String summary() {
      return String.format(
          "%.0f req/s, p50 %.1f ms, p99 %.1f ms, %d requests, %d errors",
          rate, p50Ms, p99Ms, requests, errors);
    }
  }

  private Wrk() {}

  static Result run(
      String url, int connections, int seconds, Path script, Map<String, String> env)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.addAll(
        List.of(
            "wrk",
            "-t2",
            "-c" + connections,
            "-d" + seconds + "s",
            "--timeout",
            "10s",
            "--latency"));
    if (script != null) {
      command.addAll(List.of("-s", script.toString()));
    }
    command.add(url);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(env);
    Process wrk = builder.start();
    String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (wrk.waitFor() != 0) {
      throw new IllegalStateException("wrk failed:\n" + out);
    }
    long requests = (long) number(out, "(\\d+) requests in", 0);
    long errors =
        (long) number(out, "Non-2xx or 3xx responses: (\\d+)", 0)
            + (long) number(out, "Socket errors: connect (\\d+)", 0)
            + (long) number(out, "read \\d+, write \\d+, timeout (\\d+)", 0);
    return new Result(
        number(out, "Requests/sec:\\s+([\\d.]+)", -1),
        requests,
        errors,
        millis(out, "50%"),
        millis(out, "99%"));
  }

  private static double number(String out, String regex, double otherwise) {
    Matcher m = Pattern.compile(regex).matcher(out);
    return m.find() ? Double.parseDouble(m.group(1)) : otherwise;
  }

  /** A latency percentile line of --latency, as "99%   12.34ms". */
  private static double millis(String out, String percentile) {
    Matcher m =
        Pattern.compile("\\s" + Pattern.quote(percentile) + "\\s+([\\d.]+)(us|ms|s)").matcher(out);
    if (!m.find()) {
      return -1;
    }
    double value = Double.parseDouble(m.group(1));
    return switch (m.group(2)) {
      case "us" -> value / 1000;
      case "s" -> value * 1000;
      default -> value;
    };
  }
}
