# SPDX-License-Identifier: EPL-2.0
# Sourced by ./mvnw, ./lamina, ./run-tests and the benchmarks: sets JAVA_HOME to a JDK >= 25 (the natives fragment
# is compiled for Java 25, .mvn/jvm.config and the tests use Java 23+ options, and jlink copies the build's JDK into
# the product). Tries $JAVA_HOME, the javac on the PATH, then the JDKs in /usr/lib/jvm; stops with one line if none.
LAMINA_JDK_MAJOR=25

lamina_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | cut -d. -f1
}

lamina_find_jdk() {
  path_jdk=
  if command -v javac >/dev/null 2>&1; then
    path_jdk=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
  fi
  for candidate in "${JAVA_HOME:-}" "$path_jdk" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
    if [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] && [ -x "$candidate/bin/jlink" ]; then
      major=$(lamina_java_major "$candidate")
      if [ -n "$major" ] && [ "$major" -ge "$LAMINA_JDK_MAJOR" ]; then
        JAVA_HOME=$candidate
        export JAVA_HOME
        return 0
      fi
    fi
  done
  echo "lamina: building Lamina needs a JDK $LAMINA_JDK_MAJOR or newer (with jlink): set JAVA_HOME to one (JAVA_HOME=${JAVA_HOME:-unset}; none found on the PATH or in /usr/lib/jvm)" >&2
  return 1
}
