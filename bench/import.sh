#!/usr/bin/env bash
# Import benchmark: Stadsbeeld against its peers, in one run. Prints a Markdown table.
#   1. the demo load (geography, GeoJSON, indicator sheets, the Fluvius upload), aggregated to every level;
#   2. the Fluvius upload + its indicator sheet onto a database that holds the geography, and the pandas peer
#      (read the sheet, melt, sum up the link tables, write to SQLite);
#   3. a generated CSV of AREAS × INDICATORS × PERIODS values (10,000 × 100 × 10 = 10 million by default) onto
#      the demo database, the pandas peer on the same file, and sqlite3's own `.import` of it as the practical limit.
# Usage: bench/import.sh [areas indicators periods]   (environment: BENCH_DIR to keep the files)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
areas=${1:-10000}; indicators=${2:-100}; periods=${3:-10}
bin=$(release_binary)
demo=Sources/Cijfers/Resources/demo
dir=${BENCH_DIR:-$(mktemp -d)}
mkdir -p "$dir"
[ -n "${BENCH_DIR:-}" ] || trap 'rm -rf "$dir"' EXIT
links=("$demo"/statsec2019_statsec2024.xlsx "$demo"/statsec2024_ggw72024.xlsx "$demo"/ggw72024_gemeente2024.xlsx
       "$demo"/gemeente2024_provincie2024.xlsx "$demo"/provincie2024_gewest.xlsx "$demo"/gemeente2024_centrumsteden.csv)
row() { printf '| %s | %s | %s | %s | %s | %s |\n' "$@"; }
per_s() { awk -v v="$1" -v s="$2" 'BEGIN { printf "%.0f", v / s }'; }

echo "| case | tool | seconds | values in file | values/s | peak MB |"
echo "|---|---|---|---|---|---|"

# 1. The whole demo load on an empty database.
export DATABASE_PATH="$dir/demo.sqlite"
rm -f "$dir"/demo.sqlite*
read -r s mb < <(timed "$dir/demo.out" "$bin" demo)
v=$(loaded_values "$dir/demo.out"); c=$(computed_values "$dir/demo.out")
row "demo load: 7 area sheets, 6 link tables, 2 GeoJSON, Fluvius ($c computed)" Stadsbeeld "$s" "$v" "$(per_s "$v" "$s")" "$mb"

# 2. The Fluvius upload alone, on a database with the geography; then the pandas peer.
export DATABASE_PATH="$dir/geo.sqlite"
rm -f "$dir"/geo.sqlite*
geo=()
for f in gewest provincie2024 gemeente2024 centrumsteden ggw72024 statsec2024 statsec2019; do
  [ -f "$demo/$f.xlsx" ] && geo+=("$demo/$f.xlsx") || geo+=("$demo/$f.csv")
done
"$bin" import "${geo[@]}" "${links[@]}" >/dev/null
read -r s mb < <(timed "$dir/fluvius.out" "$bin" import "$demo/Indicators.xlsx" "$demo/upload_elektriciteit_verbruik.xlsx")
fv=$(loaded_values "$dir/fluvius.out"); c=$(computed_values "$dir/fluvius.out")
sb_fluvius=$(per_s "$fv" "$s")
row "Fluvius upload + indicator sheet, aggregated ($c computed)" Stadsbeeld "$s" "$fv" "$sb_fluvius" "$mb"
rm -f "$dir/peer.sqlite"
read -r s mb < <(timed "$dir/peer.out" python3 bench/peer_pandas.py "$dir/peer.sqlite" "$demo/upload_elektriciteit_verbruik.xlsx" "${links[@]}")
pd_fluvius=$(per_s "$fv" "$s")
row "Fluvius upload, aggregated ($(cut -d' ' -f2 "$dir/peer.out") computed)" "pandas → SQLite" "$s" "$fv" "$pd_fluvius" "$mb"

# 3. The big generated file onto the demo database; the peers on the same file.
python3 bench/gen_big.py "$dir/demo.sqlite" "$dir/big" "$areas" "$indicators" "$periods" >&2
big=$((areas * indicators * periods))
cp "$dir/demo.sqlite" "$dir/big.sqlite"
export DATABASE_PATH="$dir/big.sqlite"
read -r s mb < <(timed "$dir/big.out" "$bin" import "$dir/big/bench_indicatoren.csv" "$dir/big/bench_data.csv")
c=$(computed_values "$dir/big.out")
sb_big=$(per_s "$big" "$s")
row "generated CSV, $areas areas × $indicators indicators × $periods periods, aggregated ($c computed)" Stadsbeeld "$s" "$big" "$sb_big" "$mb"
rm -f "$dir/peer-big.sqlite"
read -r s mb < <(timed "$dir/peer-big.out" python3 bench/peer_pandas.py "$dir/peer-big.sqlite" "$dir/big/bench_data.csv" "${links[@]}")
pd_big=$(per_s "$big" "$s")
row "generated CSV, aggregated ($(cut -d' ' -f2 "$dir/peer-big.out") computed)" "pandas → SQLite" "$s" "$big" "$pd_big" "$mb"
rm -f "$dir/limit.sqlite"
read -r s mb < <(timed "$dir/limit.out" sqlite3 "$dir/limit.sqlite" ".mode csv" ".separator ;" ".import $dir/big/bench_data.csv wide")
lim_big=$(per_s "$big" "$s")
row "generated CSV, as is into one wide table" "sqlite3 .import" "$s" "$big" "$lim_big" "$mb"

echo
echo "Ratios (values/s): Fluvius Stadsbeeld/pandas $(ratio "$sb_fluvius" "$pd_fluvius"); generated CSV" \
  "Stadsbeeld/pandas $(ratio "$sb_big" "$pd_big"), Stadsbeeld/sqlite3 .import $(ratio "$sb_big" "$lim_big")."
