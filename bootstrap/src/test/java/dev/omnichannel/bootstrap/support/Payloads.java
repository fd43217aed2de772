package dev.omnichannel.bootstrap.support;

/** Provider payloads, as the seed shows them, with the parts a test varies. */
public final class Payloads {

  private Payloads() {}

  /** Seed §5.1. */
  public static String whatsAppWebMessage(String from, String name, String text, long timestamp) {
    return """
        {"type":"MESSAGE","from":"%s","fromUserName":"%s","to":"web5521977776666",
         "body":{"content":"%s","type":"text"},"timestamp":%d}
        """
        .formatted(from, name, text, timestamp);
  }

  public static String seedWhatsAppWebMessage() {
    return whatsAppWebMessage("5521988887777", "João Silva", "Olá, preciso de ajuda", 1659518400);
  }

  /** Seed §1.2. */
  public static String seedGroupMessage() {
    return """
        {"type":"GROUP_MESSAGE","from":"5521988887777","fromUserName":"João Silva",
         "to":"5521977776666-group","body":{"content":"Olá pessoal!","type":"text"},
         "groupInfo":{"id":"5521977776666-group","name":"Grupo de Vendas",
                      "participants":["5521988887777","5521955554444"]}}
        """;
  }

  /** Seed §5.2 (the flat on-premise form). */
  public static String d360Message(String id, String from, String name, String text) {
    return """
        {"messages":[{"id":"%s","from":"%s","type":"text","timestamp":"1659518400",
                      "text":{"body":"%s"}}],
         "contacts":[{"profile":{"name":"%s"},"wa_id":"%s"}]}
        """
        .formatted(id, from, text, name, from);
  }

  /** A D360 text message written {@code secondsAgo} before now. */
  public static String d360MessageWritten(String id, String from, long secondsAgo) {
    return d360Message(id, from, "João Silva", "Oi")
        .replace(
            "1659518400", String.valueOf(java.time.Instant.now().getEpochSecond() - secondsAgo));
  }

  public static final String SEED_WAMID =
      "wamid.HBgNNTUyMTk4ODg4Nzc3NxUCABIYFjNBMDJCMEE2RkY4QzRBOUNCNzAyRjAA";

  public static String seedD360Message() {
    return d360Message(SEED_WAMID, "5521988887777", "João Silva", "Olá, preciso de ajuda");
  }

  /** The Cloud API envelope around one text message. */
  public static String cloudMessage(String id, String from, String name, String text) {
    return """
        {"object":"whatsapp_business_account","entry":[{"id":"WABA","changes":[{"field":"messages",
          "value":{"messaging_product":"whatsapp",
                   "metadata":{"display_phone_number":"5521977776666","phone_number_id":"1065"},
                   "contacts":[{"profile":{"name":"%s"},"wa_id":"%s"}],
                   "messages":[{"from":"%s","id":"%s","timestamp":"1749416383","type":"text",
                                "text":{"body":"%s"}}]}}]}]}
        """
        .formatted(name, from, from, id, text);
  }

  /** Seed §4.2, flat. */
  public static String d360Status(String id, String status) {
    return """
        {"statuses":[{"id":"%s","status":"%s","timestamp":"1659518400","recipient_id":"5521988887777"}]}
        """
        .formatted(id, status);
  }
}
