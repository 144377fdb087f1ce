#!/usr/bin/env bash
# The command line as a script would use it, with no display: exit codes, one-line errors,
# no partial files.
set -uo pipefail
explorer=$1
reports=$2 # resources/report: the editions' markdown
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
unset DISPLAY WAYLAND_DISPLAY
# A login session provides XDG_RUNTIME_DIR; without one Qt rightly warns on stderr at start-up,
# which would hide whether the explorer itself keeps quiet.
if [ -z "${XDG_RUNTIME_DIR:-}" ]; then
  export XDG_RUNTIME_DIR="$work/runtime"
  mkdir -m 700 "$XDG_RUNTIME_DIR"
fi
failures=0
check() { # description, expected status, command...
  local description=$1 expected=$2; shift 2
  "$@" >"$work/stdout" 2>"$work/stderr"
  local status=$?
  if [ "$status" -ne "$expected" ]; then
    echo "FAIL: $description: exit $status, expected $expected"; cat "$work/stderr"; failures=$((failures + 1)); return
  fi
  # Success is silent: Qt's messages are for real trouble, not for a run that worked.
  if [ "$expected" -eq 0 ] && [ -s "$work/stderr" ]; then
    echo "FAIL: $description: succeeded but wrote to stderr:"; cat "$work/stderr"; failures=$((failures + 1)); return
  fi
  if [ "$expected" -ne 0 ] && [ "$(grep -c '^report-explorer: ' "$work/stderr")" -ne 1 ]; then
    echo "FAIL: $description: expected one 'report-explorer: …' line on stderr, got:"; cat "$work/stderr"
    failures=$((failures + 1)); return
  fi
  echo "ok: $description"
}

check "--version" 0 "$explorer" --version
grep -q '^report-explorer [0-9]' "$work/stdout" || { echo "FAIL: --version printed $(cat "$work/stdout")"; failures=$((failures + 1)); }
check "--help" 0 "$explorer" --help
check "unknown option" 2 "$explorer" --no-such-option
check "--lang with a bad value" 2 "$explorer" --lang fr --export-db "$work/x.sqlite"
check "--size without --export-chart" 2 "$explorer" --size 10x10
check "--import and --db together" 2 "$explorer" --import a.md --db b.sqlite --export-db "$work/x.sqlite"
expect() { # description, expected, actual
  [ "$2" = "$3" ] || { echo "FAIL: $1: $3, expected $2"; failures=$((failures + 1)); }
}
count() { sqlite3 "$1" "$2"; }
check "--export-db" 0 "$explorer" --export-db "$work/report.sqlite"
expect "exported editions" "2016 2015" "$(count "$work/report.sqlite" 'select group_concat(year, " ") from (select year from editions order by position)')"
expect "exported 2016 alliances" 8 "$(count "$work/report.sqlite" 'select count(*) from alliances where edition = 2016')"
expect "exported 2016 events" 26 "$(count "$work/report.sqlite" 'select count(*) from policy_events where edition = 2016')"
expect "exported 2015 alliances" 6 "$(count "$work/report.sqlite" 'select count(*) from alliances where edition = 2015')"
expect "exported 2015 events" 14 "$(count "$work/report.sqlite" 'select count(*) from policy_events where edition = 2015')"
check "--db on the exported database" 0 "$explorer" --db "$work/report.sqlite" --export-csv "$work/all.csv"
[ "$(grep -c $'\r$' "$work/all.csv")" = 27 ] || { echo "FAIL: CSV should have a header and 26 CRLF rows"; failures=$((failures + 1)); }

# Editions: every export shows 2016 unless --edition says otherwise.
check "--edition 2015 --export-csv" 0 "$explorer" --edition 2015 --export-csv "$work/2015.csv"
expect "2015 CSV rows" 15 "$(grep -c $'\r$' "$work/2015.csv")"
check "--edition all --export-csv" 0 "$explorer" --edition all --export-csv "$work/every.csv" --lang en
expect "all editions' CSV rows" 41 "$(grep -c $'\r$' "$work/every.csv")"
expect "all editions' CSV header" $'Date,Level,Region,Event,Edition\r' "$(head -1 "$work/every.csv")"
check "--edition 2015 --export-db" 0 "$explorer" --edition 2015 --export-db "$work/2015.sqlite"
expect "2015 database's events" 14 "$(count "$work/2015.sqlite" 'select count(*) from policy_events')"
check "--edition 2015 --export-chart" 0 "$explorer" --edition 2015 --export-chart "$work/2015.svg"
check "--edition with a year the report does not hold" 2 "$explorer" --edition 2017 --export-csv "$work/never.csv"
check "--edition with something not a year" 2 "$explorer" --edition 16 --export-csv "$work/never.csv"
check "--edition without an export" 2 "$explorer" --edition 2015
check "--as-edition without --import" 2 "$explorer" --as-edition 2017 --export-db "$work/never.sqlite"
check "--as-edition with something not a year" 2 "$explorer" --import "$reports/orgnization-2016.md" --as-edition next --export-db "$work/never.sqlite"
check "--import --as-edition a year already held" 1 "$explorer" --import "$reports/orgnization-2016.md" --as-edition 2015 --export-db "$work/never.sqlite"
check "--import --as-edition of a file that fails to import" 1 "$explorer" --import /etc/hostname --as-edition 2017 --export-db "$work/never.sqlite"
[ ! -e "$work/never.csv" ] && [ ! -e "$work/never.sqlite" ] || { echo "FAIL: a failed edition run left a file"; failures=$((failures + 1)); }
check "--import --as-edition 2017" 0 "$explorer" --import "$reports/orgnization-2016.md" --as-edition 2017 --export-db "$work/three.sqlite"
expect "three editions" "2016 2015 2017" "$(count "$work/three.sqlite" 'select group_concat(year, " ") from (select year from editions order by position)')"
expect "the added edition's events" 26 "$(count "$work/three.sqlite" 'select count(*) from policy_events where edition = 2017')"
check "--import --as-edition 2017, then --edition 2017" 0 "$explorer" --import "$reports/orgnization-2016.md" --as-edition 2017 --edition 2017 --export-csv "$work/2017.csv"
expect "the added edition's CSV rows" 27 "$(grep -c $'\r$' "$work/2017.csv")"
check "--import without --as-edition replaces the embedded editions" 0 "$explorer" --import "$reports/ChinaOSSRepor_Chn_2015.md" --export-db "$work/imported.sqlite"
expect "an import alone is one edition" 2015 "$(count "$work/imported.sqlite" 'select group_concat(year) from editions')"
check "--db on a file that is not a database" 1 "$explorer" --db /etc/hostname --export-db "$work/never.sqlite"
[ ! -e "$work/never.sqlite" ] || { echo "FAIL: a failed run left a file"; failures=$((failures + 1)); }
check "--import of a missing file" 1 "$explorer" --import "$work/missing.md" --export-db "$work/never.sqlite"
check "--export-db into a missing folder" 1 "$explorer" --export-db "$work/no/such/folder/x.sqlite"
check "--export-db to a full disk" 1 "$explorer" --export-db /dev/full
check "--export-csv --filter 湖北" 0 "$explorer" --export-csv "$work/hubei.csv" --filter 湖北 --lang zh
[ "$(($(wc -l <"$work/hubei.csv") - 1))" = 3 ] || { echo "FAIL: 湖北 should give 3 events"; cat "$work/hubei.csv"; failures=$((failures + 1)); }
check "--compare 2015 2016" 0 "$explorer" --compare 2015 2016 --export-csv "$work/compare.csv"
[ "$(grep -c $'\r$' "$work/compare.csv")" = 35 ] || { echo "FAIL: compare CSV should have a header and 34 rows"; failures=$((failures + 1)); }
check "--compare with an unknown year" 1 "$explorer" --compare 2014 2016 --export-csv "$work/never.csv"
check "--compare an edition with itself" 1 "$explorer" --compare 2016 2016 --export-csv "$work/never.csv"
check "--compare with one year" 2 "$explorer" --compare 2015 --export-csv "$work/never.csv"
[ ! -e "$work/never.csv" ] || { echo "FAIL: a failed comparison left a file"; failures=$((failures + 1)); }
check "--export-chart PNG" 0 "$explorer" --export-chart "$work/chart.png" --size 1200x700
file "$work/chart.png" | grep -q '1200 x 700' || { echo "FAIL: PNG size: $(file "$work/chart.png")"; failures=$((failures + 1)); }
check "--export-chart SVG per year" 0 "$explorer" --export-chart "$work/chart.svg" --chart per-year --lang en
grep -q '<svg' "$work/chart.svg" || { echo "FAIL: SVG"; failures=$((failures + 1)); }
check "--export-chart PDF" 0 "$explorer" --export-chart "$work/chart.pdf" --filter Linux
head -c 5 "$work/chart.pdf" | grep -q '%PDF-' || { echo "FAIL: PDF"; failures=$((failures + 1)); }
check "--export-chart with an unknown format" 1 "$explorer" --export-chart "$work/chart.gif"
[ ! -e "$work/chart.gif" ] || { echo "FAIL: left chart.gif"; failures=$((failures + 1)); }

echo "command-line checks finished: $failures failed"
[ "$failures" -eq 0 ]
