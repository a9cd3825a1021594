# Sourced by ./lamina, ./run-tests and .ci/run: sets JAVA_HOME to a JDK >= 21 (Tycho 5 needs it),
# trying $JAVA_HOME first, then Temurin 25 where these machines keep it. Stops with one line if none.
lamina_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | cut -d. -f1
}

lamina_find_jdk() {
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64; do
    if [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] && [ -x "$candidate/bin/jlink" ]; then
      major=$(lamina_java_major "$candidate")
      if [ -n "$major" ] && [ "$major" -ge 21 ]; then
        JAVA_HOME=$candidate
        export JAVA_HOME
        return 0
      fi
    fi
  done
  echo "lamina: no JDK 21 or newer found: set JAVA_HOME to one (JAVA_HOME=${JAVA_HOME:-unset}; /usr/lib/jvm/temurin-25-jdk-amd64 is absent or too old)" >&2
  return 1
}
