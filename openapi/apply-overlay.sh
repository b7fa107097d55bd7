#!/usr/bin/env bash
# Applies an OpenAPI Overlay with openapi-format (pinned in openapi/package.json), keeping key order.
# Usage: apply-overlay.sh IN OVERLAY OUT [--allow-unused] [--header TEXT]
# An overlay action that matches nothing fails the run (unless --allow-unused): it means upstream moved
# something our addition depended on, and the addition would otherwise vanish without a word.
set -euo pipefail
in=$1 overlay=$2 out=$3; shift 3
allow_unused=0 header=""
while [ $# -gt 0 ]; do
  case $1 in
    --allow-unused) allow_unused=1 ;;
    --header) header=$2; shift ;;
    *) echo "apply-overlay.sh: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
tool="$(cd "$(dirname "$0")" && pwd)/node_modules/.bin/openapi-format"
log=$(mktemp)
trap 'rm -f "$log" "$out.tmp.yaml"' EXIT
# --yamlCompat yaml-1.1 quotes strings such as timestamps that YAML 1.1 readers (the Java tools) would retype.
"$tool" "$in" --no-sort --yamlCompat yaml-1.1 -l "$overlay" -o "$out.tmp.yaml" -v >"$log" 2>&1 || { cat "$log" >&2; exit 1; }
unused=$(sed -n 's/^- Unused actions:[[:space:]]*//p' "$log")
if [ "$allow_unused" = 0 ] && [ "${unused:-0}" != 0 ]; then
  echo "apply-overlay.sh: $unused action(s) of $overlay matched nothing in $in:" >&2
  sed -n '/^Unused overlay actions:/,$p' "$log" | grep -E '^- Target|^  Type' >&2
  exit 1
fi
{ if [ -n "$header" ]; then printf '%s\n' "$header"; fi; cat "$out.tmp.yaml"; } > "$out"
