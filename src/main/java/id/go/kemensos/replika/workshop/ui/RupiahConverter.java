package id.go.kemensos.replika.workshop.ui;

import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;

/** Rupiah typed the Indonesian way ("1.500.000" or "1500000") to a whole number, and back with dots. */
class RupiahConverter implements Converter<String, Long> {

    @Override
    public Result<Long> convertToModel(String value, ValueContext context) {
        if (value == null || value.isBlank()) {
            return Result.ok(null);
        }
        String digits = value.replace(".", "").replace(" ", "").replace("Rp", "");
        if (!digits.matches("-?\\d{1,15}")) {
            return Result.error("workshop.report.validation.amount");
        }
        return Result.ok(Long.parseLong(digits));
    }

    @Override
    public String convertToPresentation(Long value, ValueContext context) {
        return value == null ? "" : String.format(java.util.Locale.ROOT, "%,d", value).replace(',', '.');
    }
}
