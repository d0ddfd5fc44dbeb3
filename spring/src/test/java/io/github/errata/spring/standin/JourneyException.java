package io.github.errata.spring.standin;

import io.github.errata.WireFormat;
import io.github.errata.runtime.ApiErrorException;
import io.github.errata.runtime.internal.ErrorSpec;
import io.github.errata.runtime.internal.Received;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stand-in for the base the processor will generate for the sample's {@code JourneyErrors}, until
 * the processor's exceptions extend {@link ApiErrorException}: written by hand over the runtime's
 * protected constructors, with the sample's nine errors as its subclasses.
 */
public abstract class JourneyException extends ApiErrorException {
  private static final long serialVersionUID = 1L;
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

  JourneyException(ErrorSpec spec, Object[] arguments) {
    super(spec, arguments, null);
  }

  JourneyException(ErrorSpec spec, Object[] arguments, Throwable cause) {
    super(spec, arguments, cause);
  }

  JourneyException(ErrorSpec spec, Received received) {
    super(spec, received);
  }

  /** One error as the sample declares it; an empty detail template means the title. */
  static ErrorSpec spec(String type, int status, String title, boolean retryable, String detail) {
    String template = detail.isEmpty() ? title : detail;
    List<String> names = new ArrayList<>();
    List<String> literals = new ArrayList<>();
    Matcher placeholder = PLACEHOLDER.matcher(template);
    int from = 0;
    while (placeholder.find()) {
      literals.add(template.substring(from, placeholder.start()));
      names.add(placeholder.group(1));
      from = placeholder.end();
    }
    literals.add(template.substring(from));
    return new ErrorSpec(WireFormat.JSON, type, status, title,
        "https://docs.journeyapps.com/api-errors#" + type, retryable, status >= 500, names, literals);
  }
}
