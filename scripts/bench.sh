#!/usr/bin/env bash
# Measures ratebot: the JMH benchmark of the dispatcher (per-question latency and allocation) and the
# wall time of the one-shot command. Results go to target/bench/; docs/PERFORMANCE.md reports them.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target/bench

./mvnw -q -B package -Dquick=true -DskipTests
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench/classpath.txt
cp="target/test-classes:target/classes:$(cat target/bench/classpath.txt)"

echo "== JMH: DispatcherBenchmark (sample time, µs/op; gc profiler for bytes/op)"
java -cp "$cp" org.openjdk.jmh.Main DispatcherBenchmark -prof gc -rf json -rff target/bench/jmh.json \
  | tee target/bench/jmh.txt | grep -E "mixedQuestion(:p0.50|:p0.99| |:gc.alloc.rate.norm)" || true

echo "== Wall time: java -jar target/ratebot.jar senior python latam (${RUNS:=15} runs)"
times=()
for _ in $(seq "$RUNS"); do
  start=$(date +%s%N)
  java -jar target/ratebot.jar senior python latam > /dev/null
  end=$(date +%s%N)
  times+=($(( (end - start) / 1000000 )))
done
sorted=$(printf '%s\n' "${times[@]}" | sort -n)
echo "ms per run: $(echo "$sorted" | tr '\n' ' ')"
echo "median: $(echo "$sorted" | sed -n "$(( (RUNS + 1) / 2 ))p") ms, max: $(echo "$sorted" | tail -1) ms"
