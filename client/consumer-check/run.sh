#!/usr/bin/env bash
# Compiles every ```java block of README.md, as written, in a project that depends only on the installed
# com.browseract:browseract-client (run `mvn install` first), on Java 11. Each block becomes the body of a method;
# the imports are the ones a user of the SDK writes.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
readme=$here/../../README.md
out=$here/target/readme-examples/readme
rm -rf "$here/target/readme-examples"
mkdir -p "$out"
awk -v out="$out" '
  /^```java$/ { n++; file = sprintf("%s/ReadmeExample%d.java", out, n); inside = 1
    print "package readme;\n" > file
    print "import com.browseract.client.*;\nimport com.browseract.client.batch.*;\nimport com.browseract.client.errors.*;\nimport com.browseract.client.model.*;" > file
    print "import java.nio.file.*;\nimport java.time.*;\nimport java.util.*;\n" > file
    printf "/** README.md, Java example %d. */\nclass ReadmeExample%d {\n  static void run() throws Exception {\n", n, n > file
    next }
  /^```$/ && inside { print "  }\n}" > file; close(file); inside = 0; next }
  inside { print "    " $0 > file }
  END { if (n == 0) { print "no ```java block in README.md" > "/dev/stderr"; exit 1 } print n }
' "$readme" > "$here/target/readme-examples/count"
count=$(cat "$here/target/readme-examples/count")
${MVN:-mvn -B} -q -f "$here/pom.xml" compile
echo "consumer-check: $count README example(s) compile on Java 11 against com.browseract:browseract-client alone"
