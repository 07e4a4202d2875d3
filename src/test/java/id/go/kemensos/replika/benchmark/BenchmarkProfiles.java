package id.go.kemensos.replika.benchmark;

import java.util.Arrays;
import org.springframework.test.context.ActiveProfilesResolver;

/**
 * The Spring profiles of the benchmark context: {@code -Dbenchmark.profile} (comma-separated), by default {@code scale}
 * (the generated national-scale data in ./data-scale/). {@code test} runs on a fresh copy of the demo data.
 */
public class BenchmarkProfiles implements ActiveProfilesResolver {

    @Override
    public String[] resolve(Class<?> testClass) {
        return Arrays.stream(System.getProperty("benchmark.profile", "scale").split(","))
                .map(String::trim).filter(name -> !name.isEmpty()).toArray(String[]::new);
    }
}
