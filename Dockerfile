# phlogd in a container: built with Maven on JDK 17, run on a JRE 17 as a non-root user.
#   docker build -t phlogd .
#   docker run -d -p 70:7070 -e PHLOGD_HOSTNAME=gopher.example.org -e PHLOGD_PUBLIC_PORT=70 \
#       -v /srv/journal:/gopherhole:ro phlogd

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml ./
RUN mvn -B -q dependency:go-offline
COPY src ./src
RUN mvn -B -q -DskipTests package

FROM eclipse-temurin:17-jre
RUN groupadd --system --gid 10001 phlogd \
    && useradd --system --uid 10001 --gid phlogd --no-create-home --shell /usr/sbin/nologin phlogd
COPY --from=build /src/target/phlogd.jar /opt/phlogd/phlogd.jar
COPY config/phlogd.toml config/logback.xml /etc/phlogd/
COPY gopherhole /gopherhole

# Every setting can be given as PHLOGD_<KEY> (see README); these place content and config.
ENV PHLOGD_ROOT=/gopherhole \
    PHLOGD_CONFIG=/etc/phlogd/phlogd.toml \
    PHLOGD_PORT=7070 \
    JAVA_OPTS="-XX:+UseSerialGC -Xmx128m -XX:+ExitOnOutOfMemoryError"

VOLUME /gopherhole
EXPOSE 7070
USER 10001:10001

# A real Gopher request: ask for the root menu and expect its final "." line.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD bash -c 'exec 3<>/dev/tcp/127.0.0.1/${PHLOGD_PORT:-7070} && printf "\r\n" >&3 && tr -d "\r" <&3 | grep -qx "\."'

# Logs go to stdout (config/logback.xml). Extra arguments are passed to phlogd.
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /opt/phlogd/phlogd.jar \"$@\"", "phlogd"]
