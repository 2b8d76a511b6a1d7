#!/usr/bin/env bash
# Query benchmark: the release server on the demo data (SQLite) and Datasette serving the same observations,
# both on loopback, driven by the same `wrk` command at 1, 16 and 64 connections. Prints a Markdown table.
# Usage: bench/queries.sh [seconds per run]   (environment: BENCH_DIR to keep the files)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
seconds=${1:-10}
indicator=v2506_elek_res_cons
bin=$(release_binary)
dir=${BENCH_DIR:-$(mktemp -d)}
mkdir -p "$dir"
export DATABASE_PATH="$dir/queries.sqlite"
rm -f "$dir"/queries.sqlite* "$dir/peer-queries.sqlite"
"$bin" demo >/dev/null 2>&1
python3 bench/datasette_db.py "$DATABASE_PATH" "$dir/peer-queries.sqlite"

port=8781; dport=8782
"$bin" serve --hostname 127.0.0.1 --port $port >"$dir/server.log" 2>&1 &
server=$!
# Datasette at its fastest settings for this: no row count, no facets, enough rows for every gemeente × period.
datasette serve "$dir/peer-queries.sqlite" --host 127.0.0.1 --port $dport --setting max_returned_rows 10000 \
  --setting suggest_facets off --setting default_facet_size 0 >"$dir/datasette.log" 2>&1 &
peer=$!
cleanup() {
  local status=$?
  kill $server $peer 2>/dev/null; wait $server $peer 2>/dev/null || true
  [ -n "${BENCH_DIR:-}" ] || rm -rf "$dir"
  exit $status
}
trap cleanup EXIT
sb=http://127.0.0.1:$port
ds="http://127.0.0.1:$dport/peer-queries/observations.json?_shape=array&_size=max&_nocount=1&_nofacet=1"
wait_for "$sb/api/v1/levels"
wait_for "$ds&indicator=x"

# name | Stadsbeeld path | Datasette query (empty: no peer)
cases=(
  "a: $indicator × wijken of Gent × all periods|/api/v1/data?indicators=$indicator&level=ggw72024&parent=gemeente2024:44021&periods=all|&indicator=$indicator&level=ggw72024&gemeente=44021"
  "b: $indicator × gemeenten of Flanders × all periods|/api/v1/data?indicators=$indicator&level=gemeente2024&parent=gewest:2000&periods=all|&indicator=$indicator&level=gemeente2024&gewest=2000"
  "c: indicator page with map, wijken of Gent|/indicator/$indicator?level=ggw72024&parent=gemeente2024:44021|"
)
echo "| query | rows | server | connections | requests/s | p50 ms | p99 ms | errors | Stadsbeeld/Datasette req/s |"
echo "|---|---|---|---|---|---|---|---|---|"
for case in "${cases[@]}"; do
  IFS='|' read -r name path peerquery <<<"$case"
  # Rows with a value: Stadsbeeld also lists the areas of the selection that have none (value null).
  rows=$(curl -sf "$sb$path" | python3 -c 'import json,sys
try: print(sum(r["value"] is not None for r in json.load(sys.stdin)["data"]))
except Exception: print("html")')
  if [ -n "$peerquery" ]; then
    peer_rows=$(curl -sf "$ds$peerquery" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')
    [ "$rows" = "$peer_rows" ] || echo "warning: $name: Stadsbeeld $rows rows, Datasette $peer_rows" >&2
  fi
  for c in 1 16 64; do
    curl -sf -o /dev/null "$sb$path"
    read -r rps p50 p99 errors < <(wrk_run "$c" "$seconds" "$sb$path")
    if [ -n "$peerquery" ]; then
      read -r drps dp50 dp99 derrors < <(wrk_run "$c" "$seconds" "$ds$peerquery")
      echo "| $name | $rows | Stadsbeeld | $c | $rps | $p50 | $p99 | $errors | $(ratio "$rps" "$drps") |"
      echo "| | | Datasette | $c | $drps | $dp50 | $dp99 | $derrors | |"
    else
      echo "| $name | $rows | Stadsbeeld | $c | $rps | $p50 | $p99 | $errors | (no peer) |"
    fi
  done
done

# d: the Flanders-wide wijk map page (every wijk of Flanders on one map): its size over the wire with gzip, and its
# server time at one connection with gzip asked for, as a browser does.
flanders="/indicator/$indicator?level=ggw72024"
raw=$(curl -sf -o /dev/null -w '%{size_download}' "$sb$flanders")
gz=$(curl -sf -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "$sb$flanders")
read -r rps p50 p99 errors < <(WRK_HEADER="Accept-Encoding: gzip" wrk_run 1 "$seconds" "$sb$flanders")
echo "| d: indicator page with map, wijken of Flanders: $((gz / 1024)) kB gzip ($((raw / 1024)) kB) | html | Stadsbeeld | 1 | $rps | $p50 | $p99 | $errors | (no peer) |"

# The same data questions with the answer cache off (STADSBEELD_ANSWER_CACHE=off): what making an answer costs when
# every request is a new question.
kill $server 2>/dev/null; wait $server 2>/dev/null || true
STADSBEELD_ANSWER_CACHE=off "$bin" serve --hostname 127.0.0.1 --port $port >"$dir/server-nocache.log" 2>&1 &
server=$!
wait_for "$sb/api/v1/levels"
for case in "${cases[@]:0:2}"; do
  IFS='|' read -r name path peerquery <<<"$case"
  for c in 1 64; do
    curl -sf -o /dev/null "$sb$path"
    read -r rps p50 p99 errors < <(wrk_run "$c" "$seconds" "$sb$path")
    echo "| $name | | Stadsbeeld, answer cache off | $c | $rps | $p50 | $p99 | $errors | |"
  done
done
