package dev.omnichannel.domain.shared;

/** Port: hands out new document ids (24 lowercase hex characters, as MongoDB ObjectIds). */
public interface IdGenerator {

  String newId();
}
