package dev.omnichannel.adapters.http.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.omnichannel.domain.message.MessageDetails;
import dev.omnichannel.domain.message.StatusError;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * The domain's value objects that the API shows as they are (a message's media, location, reply,
 * referral, a failure's error) leave out what the provider did not give, like the responses around
 * them — without the domain knowing about JSON.
 */
@Singleton
public class SparseDetails implements ObjectMapperCustomizer {

  private static final List<Class<?>> SHOWN_AS_IS =
      List.of(
          MessageDetails.Media.class,
          MessageDetails.Location.class,
          MessageDetails.Reply.class,
          MessageDetails.Referral.class,
          MessageDetails.Order.class,
          MessageDetails.OrderItem.class,
          MessageDetails.SystemNotice.class,
          StatusError.class);

  @Override
  public void customize(ObjectMapper mapper) {
    JsonInclude.Value nonNull =
        JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL);
    SHOWN_AS_IS.forEach(type -> mapper.configOverride(type).setInclude(nonNull));
  }
}
