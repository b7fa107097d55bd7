#!/usr/bin/env bash
# Compiles every ```java block of README.md, as written, in a project that depends only on
# com.browseract:browseract-client and browseract-client-opentelemetry, on Java 11 (javac --release 11), then runs
# those that send no request.
# Each block becomes the body of a method; the imports are the ones a user of the SDK writes.
# Our artifacts come from the local repository (`mvn install` first: make test), or, with
# RELEASE_REPO=<dir> [BROWSERACT_VERSION=x.y.z], from that release repository alone (make release): a fresh local
# repository, third-party dependencies from Maven Central.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
readme=$here/../../README.md
out=$here/target/readme-examples/readme
rm -rf "$here/target/readme-examples"
mkdir -p "$out"
awk -v out="$out" '
  /^```java$/ { n++; file = sprintf("%s/ReadmeExample%d.java", out, n); inside = 1
    print "package readme;\n" > file
    print "import com.browseract.client.*;\nimport com.browseract.client.batch.*;\nimport com.browseract.client.errors.*;\nimport com.browseract.client.model.*;\nimport com.browseract.client.opentelemetry.*;\nimport io.opentelemetry.api.*;\nimport com.browseract.client.v3.model.Bot;\nimport com.browseract.client.v3.model.BotSummary;\nimport com.browseract.client.v3.model.Run;" > file
    print "import java.nio.file.*;\nimport java.time.*;\nimport java.util.*;\n" > file
    printf "/** README.md, Java example %d. */\nclass ReadmeExample%d {\n", n, n > file
    print "  public static void main(String[] args) throws Exception {\n    run();\n  }\n" > file
    print "  static void run() throws Exception {" > file
    next }
  /^```$/ && inside { print "  }\n}" > file; close(file); inside = 0; next }
  inside { print "    " $0 > file }
  END { if (n == 0) { print "no ```java block in README.md" > "/dev/stderr"; exit 1 } print n }
' "$readme" > "$here/target/readme-examples/count"
count=$(cat "$here/target/readme-examples/count")
mvn_args=(-q -f "$here/pom.xml")
source="the installed com.browseract:browseract-client"
if [ -n "${RELEASE_REPO:-}" ]; then
  repo=$(cd "$RELEASE_REPO" && pwd)
  version=${BROWSERACT_VERSION:-$(ls "$repo/com/browseract/browseract-client" | head -n1)}
  rm -rf "$here/target/m2"
  mvn_args+=(-Dmaven.repo.local="$here/target/m2" -Dbrowseract.repo="file://$repo" -Dbrowseract.version="$version")
  source="com.browseract:browseract-client:$version from $RELEASE_REPO alone (fresh local repository)"
fi
${MVN:-mvn -B} "${mvn_args[@]}" compile dependency:build-classpath -Dmdep.outputFile="$here/target/classpath.txt"
# Examples that send no request (no tasks(), workflows(), ... call) run here; the others need the API.
ran=()
for file in "$out"/ReadmeExample*.java; do
  grep -qE '\.(tasks|workflows|templates|regions|files|batches|bots|runs)\(\)|WebhookReceiver' "$file" && continue
  name=$(basename "$file" .java)
  BROWSERACT_API_KEY=consumer-check java -cp "$here/target/classes:$(cat "$here/target/classpath.txt")" "readme.$name"
  ran+=("${name#ReadmeExample}")
done
echo "consumer-check: $count README example(s) compile on Java 11 against $source;" \
  "ran ${#ran[@]} that send no request (${ran[*]:-none})"
