# ratebot: built with Maven on a JDK, run on a JRE as a non-root user.
#
# Base images are pinned by tag and digest, so a rebuild gets the same bytes. The digests are those a
# public Docker BuildKit log recorded resolving eclipse-temurin:17-jdk and :17-jre together (no
# registry is reachable where this file was written); refresh both with
#   docker buildx imagetools inspect eclipse-temurin:17-jdk   (and :17-jre)
# and replace each sha256 below.
FROM eclipse-temurin:17-jdk@sha256:b624cb9175b71aaeb654dd9def666035332d5abf70318537c1a46e61564dbecd AS build
WORKDIR /src
# Maven and every dependency and plugin first, in a layer of their own: it is rebuilt only when the
# pom or the wrapper changes, not on every edit of the code.
COPY mvnw pom.xml ./
COPY .mvn/ .mvn/
RUN ./mvnw -B -q dependency:go-offline
COPY LICENSE NOTICE ./
COPY config/ config/
COPY src/main/ src/main/
# CI has run every test on this commit (.ci/run); the image only packages it.
RUN ./mvnw -B -q -DskipTests -Dquick=true package

FROM eclipse-temurin:17-jre@sha256:ff692acf872589e72ca71b416b3e949ec19f35ebe8abb5365d2f31bce298e762
# Charts are drawn with AWT fonts, headless: fontconfig and one font family are all they need.
RUN apt-get update && apt-get install -y --no-install-recommends fontconfig fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/*
RUN useradd --system --uid 10001 --no-create-home ratebot
WORKDIR /app
COPY --from=build /src/target/ratebot.jar /app/ratebot.jar
# The ops endpoint (/healthz, /readyz, /metrics) listens on every interface here, where probes need it.
ENV RATEBOT_HTTP_BIND=0.0.0.0 \
    RATEBOT_HTTP_PORT=8080
EXPOSE 8080
USER 10001
# bash's /dev/tcp: no curl in the image, and no second JVM every 30 s.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${RATEBOT_HTTP_PORT:-8080} && printf 'GET /healthz HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && read -r status <&3 && [[ $status == *' 200 '* ]]"]
# Heap as a share of the container's memory; on OutOfMemoryError exit at once so the orchestrator
# restarts a clean process. SIGTERM closes every connection within 6 s and exits 0.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", "-jar", "/app/ratebot.jar"]
