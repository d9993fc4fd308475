/**
 * JMH benchmarks: atlas load (bundled, and a generated atlas of 1,000 muscles) and reverse lookup
 * latency. Not run by {@code mvn verify} (Surefire excludes this package); run them with the
 * {@code bench} profile, which starts JMH's own main in a separate JVM:
 *
 * <pre>
 * mvn -o -Pbench test-compile exec:exec                                       # all, default settings
 * mvn -o -Pbench test-compile exec:exec -Djmh.args="-f 1 -wi 3 -i 5 PainLookup" # JMH options, name regex
 * mvn -o -Pbench test-compile exec:exec -Djmh.args="-p atlas=generated-5000 PainLookup"
 * </pre>
 *
 * Defaults (1 fork, 3 warm-up and 5 measured iterations of 2 s, 1 GB fixed heap) suit a shared
 * 2-core machine; results are also written to {@code target/jmh-result.json}. The generated atlas
 * ({@link org.referralatlas.bench.GeneratedAtlas}) is written to a temporary directory once per
 * trial and deleted afterwards.
 */
package org.referralatlas.bench;
