package dev.omnichannel.adapters.http.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** An API key a request presented, to be told who it names. */
final class ApiKeyAuthenticationRequest extends BaseAuthenticationRequest {

  private final String key;

  ApiKeyAuthenticationRequest(String key) {
    this.key = key;
  }

  String key() {
    return key;
  }

  @Override
  public String toString() {
    return "ApiKeyAuthenticationRequest[***]";
  }
}
