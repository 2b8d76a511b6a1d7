# Shared helpers of the benchmark scripts (sourced, not run).

# The release binary, built if needed. Release because that is what a city runs.
release_binary() {
  swift build -c release --product stadsbeeld >/dev/null 2>&1 || swift build -c release --product stadsbeeld >&2
  echo "$(swift build -c release --show-bin-path 2>/dev/null)/stadsbeeld"
}

# timed OUTFILE CMD...: runs CMD with its stdout in OUTFILE; prints "seconds peak_MB" (GNU time: wall clock and
# maximum resident set size of the process, which is what a machine must have free for it).
timed() {
  local out=$1; shift
  /usr/bin/time -o "$out.time" -f '%e %M' "$@" >"$out" 2>"$out.err" || { cat "$out.err" >&2; return 1; }
  awk '{printf "%s %.0f\n", $1, $2 / 1024}' "$out.time"
}

# The values an import wrote, from its summary line ("… 368388 waarden geladen, 489528 berekend …").
loaded_values() { grep -o '[0-9]* waarden geladen' "$1" | grep -o '^[0-9]*'; }
computed_values() { grep -o '[0-9]* berekend' "$1" | grep -o '^[0-9]*'; }

# ratio A B: A/B with one decimal (two significant digits below 1), or "-" when B is zero or missing.
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b + 0 == 0) print "-"; else if (a / b >= 1) printf "%.1f", a / b; else printf "%.2g", a / b }'; }

# wrk_run CONNECTIONS SECONDS URL (WRK_HEADER: one request header to add): prints "requests/s p50_ms p99_ms errors". Errors are socket errors plus
# responses that are not 2xx/3xx, as wrk counts them.
wrk_run() {
  local c=$1 d=$2 url=$3 threads=2
  [ "$c" -lt 2 ] && threads=1
  local header=()
  [ -n "${WRK_HEADER:-}" ] && header=(-H "$WRK_HEADER")
  wrk -t"$threads" -c"$c" -d"${d}s" --latency "${header[@]}" "$url" | awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    $1 == "50%" { p50 = ms($2) }
    $1 == "99%" { p99 = ms($2) }
    /^Requests\/sec/ { rps = $2 }
    /Socket errors/ { gsub(/,/, ""); errors += $4 + $6 + $8 + $10 }
    /Non-2xx/ { errors += $NF }
    END { printf "%.0f %.2f %.2f %d\n", rps, p50, p99, errors }'
}

wait_for() {
  for _ in $(seq 1 300); do curl -sf -o /dev/null "$1" && return 0; sleep 0.1; done
  echo "not reachable: $1" >&2; return 1
}
