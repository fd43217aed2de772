package dev.omnichannel.domain.contact;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import dev.omnichannel.domain.shared.FieldError;
import dev.omnichannel.domain.shared.InvalidInputException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A phone number as digits only, E.164 without the {@code +} ({@code 5521988887777}).
 *
 * <p>Input may carry {@code +}, spaces, dashes, dots and parentheses. A number without country code
 * of 10 or 11 digits is read as Brazilian (the service's home market). Plausibility is
 * libphonenumber's "possible number" check: it accepts the pre-2012 eight-digit Brazilian mobile
 * form WhatsApp still reports for older accounts, which a stricter validity check would refuse.
 */
public record PhoneNumber(String digits) {

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
  private static final Pattern ALLOWED = Pattern.compile("\\+?[0-9 ().\\-]{6,32}");
  private static final int BRAZIL = 55;

  public PhoneNumber {
    if (digits == null || !digits.chars().allMatch(Character::isDigit) || digits.isEmpty()) {
      throw invalid("phoneNumber", digits);
    }
  }

  /** Normalizes what a person typed; {@code field} names the input in the refusal. */
  public static PhoneNumber parse(String raw, String field) {
    if (raw == null || !ALLOWED.matcher(raw.trim()).matches()) {
      throw invalid(field, raw);
    }
    String digits = raw.replaceAll("[^0-9]", "");
    Phonenumber.PhoneNumber parsed = tryParse("+" + digits);
    if (parsed == null
        && !raw.trim().startsWith("+")
        && (digits.length() == 10 || digits.length() == 11)) {
      parsed = tryParse("+" + BRAZIL + digits);
    }
    if (parsed == null) {
      throw invalid(field, raw);
    }
    return new PhoneNumber(
        UTIL.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164).substring(1));
  }

  private static Phonenumber.PhoneNumber tryParse(String international) {
    try {
      Phonenumber.PhoneNumber number = UTIL.parse(international, "ZZ");
      return UTIL.isPossibleNumber(number) ? number : null;
    } catch (NumberParseException e) {
      return null;
    }
  }

  private static InvalidInputException invalid(String field, String raw) {
    return new InvalidInputException(
        "INVALID_NUMBER",
        List.of(new FieldError(field, "'" + raw + "' is not a plausible phone number")));
  }

  /**
   * The key two spellings of one WhatsApp user share. Brazilian mobiles exist on WhatsApp with and
   * without the ninth digit, so for Brazil it is country code, area code and the last eight digits.
   */
  public String identityKey() {
    if (isBrazilian() && (digits.length() == 12 || digits.length() == 13)) {
      return digits.substring(0, 4) + digits.substring(digits.length() - 8);
    }
    return digits;
  }

  public boolean isBrazilian() {
    return digits.startsWith(String.valueOf(BRAZIL));
  }

  /** Same person on WhatsApp, whichever form of the number each side wrote. */
  public boolean sameIdentityAs(PhoneNumber other) {
    return identityKey().equals(other.identityKey());
  }

  @Override
  public String toString() {
    return digits;
  }
}
