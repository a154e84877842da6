# ratebot: build with Maven, run on a JRE as a non-root user.
# The build stage runs the very command CI runs (.ci/run: ./mvnw -B verify), so an image exists only
# for a build whose tests pass.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN bash .ci/run

FROM eclipse-temurin:17-jre
# Charts are drawn with AWT fonts, headless: fontconfig and one font family are all they need.
RUN apt-get update && apt-get install -y --no-install-recommends fontconfig fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/*
RUN useradd --system --uid 10001 --no-create-home ratebot
WORKDIR /app
COPY --from=build /src/target/ratebot.jar /app/ratebot.jar
USER ratebot
# With SLACK_* or DISCORD_* tokens in the environment it serves chat; with none, the console.
ENTRYPOINT ["java", "-jar", "/app/ratebot.jar"]
