#!/usr/bin/env bash
# Measures the Slack adapter against the loopback fake Slack: a burst of /rate commands from as many
# users with the socket closed (1001) halfway, then the same commands one at a time without a drop
# (latency without queueing). Output goes to target/bench/slack.txt; docs/PERFORMANCE.md reports it.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target/bench

./mvnw -q -B test-compile -Dquick=true
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench/classpath.txt
cp="target/test-classes:target/classes:$(cat target/bench/classpath.txt)"

{
  echo "== burst of ${COMMANDS:=3000}, socket closed after half"
  java -cp "$cp" dev.ratebot.bench.SlackBurstBenchmark "$COMMANDS"
  echo "== ${SERIAL:=200} one at a time, no drop"
  java -cp "$cp" dev.ratebot.bench.SlackBurstBenchmark "$SERIAL" 0 serial
} 2>&1 | grep -v "^[0-9:.]* \[" | tee target/bench/slack.txt
