#!/usr/bin/env bash
# Bursts against the loopback fake Discord (Discord's rate limits on): a bare JDA bot and ratebot, each
# in a fresh JVM, at 1,000 and at 3,000 interactions at once, then 2,000 mentions. Each run ends with 90 s
# idle to count the threads left. Results go to target/bench/discord.txt; docs/PERFORMANCE.md reports them.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target/bench

./mvnw -q -B test-compile -Dquick=true
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench/classpath.txt
cp="target/test-classes:target/classes:$(cat target/bench/classpath.txt)"

: > target/bench/discord.txt
# Each run: extra JVM flags, then the bot and the burst sizes. The varied runs ask a different question per
# interaction (no answer drawn from a cache); the bare bot sends the same prebuilt message either way.
for run in "- bare 1000 0" "- ratebot 1000 0" "-Dvaried=true bare 1000 0" "-Dvaried=true ratebot 1000 0" \
    "- bare 3000 2000" "- ratebot 3000 2000"; do
  read -r flags args <<<"$run"
  [ "$flags" = "-" ] && flags=""
  echo "# ${flags:-one question} $args" | tee -a target/bench/discord.txt
  # shellcheck disable=SC2086
  java -Dratebot.bench.noContract=true $flags -cp "$cp" dev.ratebot.bench.DiscordBurstBenchmark $args \
    2>>target/bench/discord-log.txt | tee -a target/bench/discord.txt
done
