package dev.omnichannel.adapters.http.security;

/**
 * The names of the API's security schemes in the OpenAPI document (declared on {@code MeResource}).
 */
public final class ApiSecurity {

  /** The key as a bearer token. */
  public static final String SCHEME = "bearerKey";

  /** The key in {@code X-Api-Key}. */
  public static final String HEADER_SCHEME = "apiKeyHeader";

  private ApiSecurity() {}
}
