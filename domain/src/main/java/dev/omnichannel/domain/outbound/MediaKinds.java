package dev.omnichannel.domain.outbound;

import dev.omnichannel.domain.message.MessageKind;
import java.net.URI;
import java.util.Locale;
import java.util.Map;

/**
 * The kind of a media message, from its URI's extension (API.md §4): {@code mp3 ogg opus m4a aac
 * amr} audio, {@code jpg jpeg png} image, {@code mp4 3gp} video, {@code webp} sticker, anything
 * else a document.
 */
public final class MediaKinds {

  private static final Map<String, MessageKind> BY_EXTENSION =
      Map.ofEntries(
          Map.entry("mp3", MessageKind.AUDIO),
          Map.entry("ogg", MessageKind.AUDIO),
          Map.entry("opus", MessageKind.AUDIO),
          Map.entry("m4a", MessageKind.AUDIO),
          Map.entry("aac", MessageKind.AUDIO),
          Map.entry("amr", MessageKind.AUDIO),
          Map.entry("jpg", MessageKind.IMAGE),
          Map.entry("jpeg", MessageKind.IMAGE),
          Map.entry("png", MessageKind.IMAGE),
          Map.entry("mp4", MessageKind.VIDEO),
          Map.entry("3gp", MessageKind.VIDEO),
          Map.entry("webp", MessageKind.STICKER));

  private MediaKinds() {}

  public static MessageKind of(URI uri) {
    String path = uri.getPath() == null ? "" : uri.getPath();
    int dot = path.lastIndexOf('.');
    String extension = dot < 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
    return BY_EXTENSION.getOrDefault(extension, MessageKind.DOCUMENT);
  }

  /** Captions go with images, videos and documents only. */
  public static boolean takesCaption(MessageKind kind) {
    return kind == MessageKind.IMAGE || kind == MessageKind.VIDEO || kind == MessageKind.DOCUMENT;
  }

  /** The file name a document is shown with: the last segment of its path. */
  public static String fileName(URI uri) {
    String path = uri.getPath() == null ? "" : uri.getPath();
    String name = path.substring(path.lastIndexOf('/') + 1);
    return name.isEmpty() ? null : name;
  }
}
