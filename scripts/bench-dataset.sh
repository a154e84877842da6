#!/usr/bin/env bash
# Generates 50 MB datasets (JSON and CSV, valid and refused) and measures how long loading takes:
# in process (DatasetLoadBenchmark, a fresh JVM, 3 runs each) and as the one-shot command. Files and
# output go to target/bench/dataset/; docs/PERFORMANCE.md reports the figures.
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/bench/dataset
mkdir -p "$out"

./mvnw -q -B -o package -Dquick=true -DskipTests
./mvnw -q -B -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$out/classpath.txt"
cp="target/test-classes:target/classes:$(cat "$out/classpath.txt")"

echo "== In process: DatasetFiles.load()"
java -cp "$cp" dev.ratebot.bench.DatasetLoadBenchmark "$out" "${RUNS:-3}" | tee "$out/load.txt"

echo "== One-shot command: java -jar target/ratebot.jar senior python latam"
TIMEFORMAT="%R s wall, %U s user + %S s sys CPU"
for data in "$out/big.json" "$out/big-absurd-last-row.json" "$out/taxonomy.json:$out/big.csv" \
    "$out/taxonomy.json:$out/big-same-cell-last-row.csv" "$out/big.json:$out/big.csv"; do
  took=$( { time RATEBOT_DATA="$data" java -jar target/ratebot.jar senior python latam \
    > /dev/null 2> "$out/err.txt"; } 2>&1 || true)
  echo "RATEBOT_DATA=${data//$out\//}: $took; $(head -c 150 "$out/err.txt")"
done | tee "$out/oneshot.txt"
