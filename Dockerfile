# phlogd in a container: built with Maven on JDK 17, run on a jlinked Java runtime (only the
# modules phlogd needs) on Debian slim, as a non-root user, with the JVM flags of
# config/jvm.options.
#   docker build -t phlogd .
#   docker run -d -p 70:7070 -e PHLOGD_HOSTNAME=gopher.example.org -e PHLOGD_PUBLIC_PORT=70 \
#       -v /srv/journal:/gopherhole:ro phlogd
#   Gemini too: add -p 1965:1965 -e PHLOGD_GEMINI_PORT=1965 -v phlogd-state:/var/lib/phlogd
#   (the volume keeps the self-signed certificate that Gemini clients pin).

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml ./
RUN mvn -B -q dependency:go-offline
COPY src ./src
RUN mvn -B -q -DskipTests package
# Netty's native transports where the JVM's library path (/usr/lib) finds them: Netty loads them
# from there before it tries to copy them out of the jar into /tmp, which a read-only root without
# a writable /tmp (docker run --read-only) refused, and phlogd fell back to NIO.
RUN arch=$(uname -m | sed 's/^aarch64$/aarch_64/') && mkdir -p /opt/native && cd /opt/native \
    && jar xf /src/target/phlogd.jar META-INF/native/libnetty_transport_native_epoll_$arch.so \
        META-INF/native/libnetty_transport_native_io_uring42_$arch.so \
    && mv META-INF/native/*.so . && rm -r META-INF
# The modules phlogd uses: java.base; java.logging, java.naming (logback), java.management
# (start-up time), java.xml (the Atom feed), jdk.unsupported (Netty, the signal handler),
# jdk.crypto.ec (TLS key exchange; java.base brings bin/keytool, which makes the self-signed
# Gemini certificate), jdk.zipfs (reading its own jar's resources).
# --generate-cds-archive: the JDK's classes as a class data sharing archive, as a full JDK carries;
# without it every start loaded them from the modules file (phlogd served the bundled hole 0.09 s
# later, for 12 MB). The archive for heaps over 32 GB is left out.
RUN jlink --add-modules java.base,java.logging,java.management,java.naming,java.xml,jdk.unsupported,jdk.crypto.ec,jdk.zipfs \
        --strip-java-debug-attributes --no-header-files --no-man-pages --compress=2 --generate-cds-archive \
        --output /opt/runtime \
    && rm /opt/runtime/lib/server/classes_nocoops.jsa
# phlogd's own classes as a class data sharing archive on top of the JDK's, made by a training run
# of this runtime on the bundled hole (start, the root menu, an entry, tags, a search): the first
# reply comes a quarter of a second sooner and the process peaks 5 to 8 MB lower, for 15 MB. The
# archive holds the jar's path, size and time, so the jar sits where the image has it and is
# copied with its time; java says so and goes on without the archive if they ever differ.
COPY config ./config
COPY gopherhole ./gopherhole
SHELL ["/bin/bash", "-c"]
RUN mkdir -p /opt/phlogd && cp -p target/phlogd.jar /opt/phlogd/phlogd.jar \
    && { /opt/runtime/bin/java @config/jvm.options -XX:ArchiveClassesAtExit=/opt/phlogd/phlogd.jsa \
        -jar /opt/phlogd/phlogd.jar --port 0 --state-dir /tmp/training >/tmp/training.log 2>&1 & } \
    && pid=$! \
    && for i in $(seq 300); do \
        port=$(sed -n 's|.*menus point at gopher://[^:]*:\([0-9]*\)/.*|\1|p' /tmp/training.log); \
        [ -n "$port" ] && break; sleep 0.1; done \
    && ask() { (exec 3<>"/dev/tcp/127.0.0.1/$port" && printf '%s\r\n' "$1" >&3 && cat <&3); } \
    && ask "" >/tmp/root && ask "$(grep -m1 '^0' /tmp/root | cut -f2)" >/dev/null \
    && ask /.tags >/dev/null && ask "$(printf '/.search\tlamp')" >/dev/null \
    && kill $pid && wait $pid; test -s /opt/phlogd/phlogd.jsa || { cat /tmp/training.log; exit 1; }

FROM debian:bookworm-slim
RUN groupadd --system --gid 10001 phlogd \
    && useradd --system --uid 10001 --gid phlogd --no-create-home --shell /usr/sbin/nologin phlogd \
    && mkdir -p /var/lib/phlogd && chown 10001:10001 /var/lib/phlogd
COPY --from=build /opt/runtime /opt/java
COPY --from=build /opt/phlogd/ /opt/phlogd/
COPY --from=build /opt/native/ /usr/lib/
COPY config/phlogd.toml config/logback.xml config/jvm.options /etc/phlogd/
COPY gopherhole /gopherhole

# Every setting can be given as PHLOGD_<KEY> (see README); these place content and config.
ENV PATH=/opt/java/bin:$PATH \
    PHLOGD_ROOT=/gopherhole \
    PHLOGD_CONFIG=/etc/phlogd/phlogd.toml \
    PHLOGD_PORT=7070 \
    PHLOGD_STATE_DIR=/var/lib/phlogd \
    MALLOC_ARENA_MAX=2 \
    JAVA_OPTS=""

VOLUME /gopherhole /var/lib/phlogd
EXPOSE 7070 1965
USER 10001:10001

# A real Gopher request: ask for the root menu and expect its final "." line.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${PHLOGD_PORT:-7070} && printf '\\r\\n' >&3 && tr -d '\\r' <&3 | grep -qx '\\.'"]

# Logs go to stdout (config/logback.xml); nothing is written to the image, so it runs with a
# read-only root file system. Extra arguments are passed to phlogd; JAVA_OPTS adds JVM flags.
ENTRYPOINT ["sh", "-c", "exec java @/etc/phlogd/jvm.options -XX:SharedArchiveFile=/opt/phlogd/phlogd.jsa $JAVA_OPTS -jar /opt/phlogd/phlogd.jar \"$@\"", "phlogd"]
