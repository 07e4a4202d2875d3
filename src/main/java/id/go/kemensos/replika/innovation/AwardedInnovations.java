package id.go.kemensos.replika.innovation;

import java.util.Map;

/** How many innovations reached each award level in one year, in any competition. */
public record AwardedInnovations(int year, Map<AwardLevel, Long> byLevel) {
}
