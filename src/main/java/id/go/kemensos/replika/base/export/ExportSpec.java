package id.go.kemensos.replika.base.export;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * What to export and where the rows come from: pages of {@code pageSize} rows in {@code sort} order, asked for one
 * after the other until a page comes back shorter. The source must order rows stably (a unique tie-breaker such
 * as the id), or offset paging may skip or repeat rows; {@code pageSize} must not exceed what the source returns.
 *
 * @param slug a short name for files and sheets, e.g. {@code replikasi}
 */
public record ExportSpec<T>(String slug, List<ExportColumn<T>> columns, Sort sort, int pageSize,
        Function<Pageable, List<T>> pages) {

    public ExportSpec {
        Objects.requireNonNull(slug);
        columns = List.copyOf(columns);
        Objects.requireNonNull(sort);
        Objects.requireNonNull(pages);
        if (columns.isEmpty() || pageSize < 1) {
            throw new IllegalArgumentException("An export needs columns and a page size of at least 1");
        }
    }

    List<T> page(int number) {
        return pages.apply(PageRequest.of(number, pageSize, sort));
    }
}
