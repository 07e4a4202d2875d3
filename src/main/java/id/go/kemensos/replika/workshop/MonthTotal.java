package id.go.kemensos.replika.workshop;

import java.time.LocalDate;

/** One month of workshop reports added up: how many workshops reported, their members and their revenue (IDR). */
public record MonthTotal(LocalDate month, long workshops, long members, long revenue) {
}
