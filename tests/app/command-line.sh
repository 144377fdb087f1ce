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
# Qt's own options (QGuiApplication, QApplication) are Qt's to take, in either spelling.
check "Qt's own options beside an export" 0 "$explorer" -style Fusion --reverse -qwindowtitle=T --export-csv "$work/qt-options.csv"
check "an unknown option beside Qt's" 2 "$explorer" -style Fusion --no-such-option --export-csv "$work/never.csv"
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
# Quitting while a report still loads: the window paints, and quits at its first paint, long
# before 56 000 events are read. The job finishes before Qt's global state goes; it used to run
# on after main() returned and crash in Qt SQL.
{ cat "$reports/orgnization-2016.md"; for i in $(seq 1 2000); do grep '^- 20' "$reports/orgnization-2016.md"; done; } >"$work/large.md"
check "--import of a large report" 0 "$explorer" --import "$work/large.md" --export-db "$work/large.sqlite"
QT_QPA_PLATFORM=offscreen REPORT_EXPLORER_EXIT_AFTER_FIRST_PAINT=1 "$explorer" --db "$work/large.sqlite" >/dev/null 2>"$work/quit.err"
status=$?
if [ "$status" -ne 0 ] || grep -q "database not open" "$work/quit.err"; then
  echo "FAIL: quitting while a report loads: exit $status"; cat "$work/quit.err"; failures=$((failures + 1))
else
  echo "ok: quitting while a report loads"
fi
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
# An edition imported beside the built-in ones is compared like them: the 2015 file as a 2017
# draft turns 2016's additions into removals.
check "--compare 2016 2017 with --as-edition 2017" 0 "$explorer" --import "$reports/ChinaOSSRepor_Chn_2015.md" \
  --as-edition 2017 --compare 2016 2017 --export-csv "$work/compare-2017.csv"
[ "$(grep -c $'^event,removed,' "$work/compare-2017.csv")" = 12 ] || { echo "FAIL: 2016 to 2017 should remove 12 events"; failures=$((failures + 1)); }
check "--compare with a year that is not one" 2 "$explorer" --compare 2015 next --export-csv "$work/never.csv"
[ ! -e "$work/never.csv" ] || { echo "FAIL: a failed comparison left a file"; failures=$((failures + 1)); }
check "--export-chart PNG" 0 "$explorer" --export-chart "$work/chart.png" --size 1200x700
file "$work/chart.png" | grep -q '1200 x 700' || { echo "FAIL: PNG size: $(file "$work/chart.png")"; failures=$((failures + 1)); }
check "--export-chart SVG per year" 0 "$explorer" --export-chart "$work/chart.svg" --chart per-year --lang en
grep -q '<svg' "$work/chart.svg" || { echo "FAIL: SVG"; failures=$((failures + 1)); }
check "--export-chart PDF" 0 "$explorer" --export-chart "$work/chart.pdf" --filter Linux
head -c 5 "$work/chart.pdf" | grep -q '%PDF-' || { echo "FAIL: PDF"; failures=$((failures + 1)); }
check "--theme without --export-chart" 2 "$explorer" --theme dark
check "--theme with a bad value" 2 "$explorer" --theme blue --export-chart "$work/never.png"
check "--export-chart light by default" 0 "$explorer" --export-chart "$work/light.png" --size 640x360
check "--export-chart --theme dark" 0 "$explorer" --export-chart "$work/dark.png" --size 640x360 --theme dark
# The corner of the picture is its background: white, or dark when asked for dark.
corner() { convert "$1" -format '%[fx:int(255*p{2,2}.intensity)]' info:; }
[ "$(corner "$work/light.png")" -gt 230 ] || { echo "FAIL: the default export is not light"; failures=$((failures + 1)); }
[ "$(corner "$work/dark.png")" -lt 60 ] || { echo "FAIL: --theme dark is not dark"; failures=$((failures + 1)); }
check "--export-chart with an unknown format" 1 "$explorer" --export-chart "$work/chart.gif"
[ ! -e "$work/chart.gif" ] || { echo "FAIL: left chart.gif"; failures=$((failures + 1)); }
check "--export-chart for print" 0 "$explorer" --export-chart "$work/print.png" --size 85mmx60mm --dpi 300
file "$work/print.png" | grep -q '1004 x 709' || { echo "FAIL: print PNG size: $(file "$work/print.png")"; failures=$((failures + 1)); }
check "--export-chart PDF for print" 0 "$explorer" --export-chart "$work/print.pdf" --size 85mmx60mm --dpi 300
grep -aq '/MediaBox \[0 0 241.000000 170.000000\]' "$work/print.pdf" || { echo "FAIL: the PDF page is not 85 × 60 mm"; failures=$((failures + 1)); }
check "--dpi that is not a number" 2 "$explorer" --export-chart "$work/never.png" --size 85mmx60mm --dpi lots
check "--size in inches" 2 "$explorer" --export-chart "$work/never.png" --size 3inx2in
check "--export-citations with an unknown format" 1 "$explorer" --export-citations "$work/refs.ris"
[ ! -e "$work/refs.ris" ] || { echo "FAIL: left refs.ris"; failures=$((failures + 1)); }
check "--csv-bom without --export-csv" 2 "$explorer" --csv-bom --export-db "$work/x.sqlite"
check "--export-csv --csv-bom" 0 "$explorer" --export-csv "$work/excel.csv" --csv-bom --filter 湖北 --lang zh
[ "$(head -c 3 "$work/excel.csv" | od -An -tx1 | tr -d ' ')" = efbbbf ] || { echo "FAIL: no byte order mark"; failures=$((failures + 1)); }
tail -c +4 "$work/excel.csv" | cmp -s - "$work/hubei.csv" || { echo "FAIL: the rows after the mark differ"; failures=$((failures + 1)); }
# Any name of a body finds what its full name and its English name find.
for names in "工信部|工业和信息化部|Ministry of Industry and Information Technology" \
             "国办|国务院办公厅|General Office of the State Council" \
             "人社部|人力资源和社会保障部|Ministry of Human Resources and Social Security"; do
  IFS='|' read -r short full english <<<"$names"
  for name in "$short" "$full" "$english"; do
    check "--export-csv --filter $name" 0 "$explorer" --export-csv "$work/$name.csv" --filter "$name" --lang zh
  done
  [ "$(wc -l <"$work/$short.csv")" -gt 1 ] || { echo "FAIL: $short found nothing"; failures=$((failures + 1)); }
  cmp -s "$work/$short.csv" "$work/$full.csv" && cmp -s "$work/$short.csv" "$work/$english.csv" \
    || { echo "FAIL: $short, $full and $english found different rows"; failures=$((failures + 1)); }
done

# Exported citations as real reference tools read them: pandoc --citeproc renders a document
# that cites them without a warning, from CSL-JSON and from BibTeX, and the BibTeX file reads
# back as the same items as the CSL-JSON (.ci/install-deps installs pandoc).
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
if ! command -v pandoc >/dev/null; then
  echo "skipped: the citation checks need pandoc"
else
  for format in json bib; do
    check "--export-citations hubei.$format" 0 "$explorer" --export-citations "$work/hubei.$format" --filter 湖北
  done
  # 湖北: the Hubei alliance, and three events.
  [ "$(grep -c '"id"' "$work/hubei.json")" = 4 ] || fail "expected 4 items in hubei.json"
  [ "$(grep -c '^@incollection{' "$work/hubei.bib")" = 4 ] || fail "expected 4 entries in hubei.bib"
  printf -- '---\nnocite: "@*"\n---\nAs the report says [@kaiyuanshe2016-alliance-l84, line 84].\n' >"$work/paper.md"
  for format in json bib; do
    pandoc --citeproc --bibliography="$work/hubei.$format" "$work/paper.md" -t plain -o "$work/paper-$format.txt" \
      2>"$work/warnings-$format" || fail "pandoc failed on hubei.$format"
    [ ! -s "$work/warnings-$format" ] || { fail "pandoc warned on hubei.$format:"; cat "$work/warnings-$format"; }
    for expected in '湖北省开源软件推进联盟' 'orgnization.md#L84' '2016年中国开源生态系统报告' '(开源社 (Kaiyuanshe) 2016'; do
      grep -qF "$expected" "$work/paper-$format.txt" || fail "“$expected” is missing from what pandoc made of hubei.$format"
    done
  done
  cmp -s "$work/paper-json.txt" "$work/paper-bib.txt" || fail "CSL-JSON and BibTeX render differently"
  # The round trip: BibTeX read by pandoc gives the items of the CSL-JSON (BibTeX has no field
  # for the language).
  pandoc -f csljson -t csljson "$work/hubei.json" | grep -v '"language":' >"$work/from-json.json"
  pandoc -f bibtex -t csljson "$work/hubei.bib" >"$work/from-bib.json" 2>"$work/bib-warnings" || fail "pandoc read hubei.bib"
  [ ! -s "$work/bib-warnings" ] || { fail "pandoc warned reading hubei.bib:"; cat "$work/bib-warnings"; }
  diff "$work/from-json.json" "$work/from-bib.json" || fail "hubei.bib does not read back as hubei.json"
fi

# Links to a view: --print-link describes the options, --view drives the exports; a bad link
# fails before anything is written.
check "--print-link --filter 湖北" 0 "$explorer" --print-link --filter 湖北
link=$(cat "$work/stdout")
case "$link" in report-explorer:view\?v=1\&edition=2016\&*q=%E6%B9%96%E5%8C%97*) ;; *) echo "FAIL: --print-link printed $link"; failures=$((failures + 1)) ;; esac
check "--view with --export-csv" 0 "$explorer" --view "$link" --export-csv "$work/hubei-link.csv"
cmp -s "$work/hubei.csv" "$work/hubei-link.csv" || { echo "FAIL: the link's CSV differs from --filter's"; failures=$((failures + 1)); }
check "a link with an unknown key" 1 "$explorer" --view "report-explorer:view?v=1&exec=rm" --export-csv "$work/never.csv" --export-db "$work/never.sqlite"
# One argument holds at most 128 KiB (Linux); the 1 MB link is tst_viewlink's.
check "a link of 100 KB" 1 "$explorer" --view "report-explorer:view?v=1&q=$(head -c 102400 /dev/zero | tr '\0' a)" --export-csv "$work/never.csv"
check "a link with an event that does not exist" 1 "$explorer" --view "report-explorer:view?v=1&event=99999" --export-csv "$work/never.csv"
check "a link of an edition the explorer lacks" 1 "$explorer" --view "report-explorer:view?v=1&edition=1999" --export-csv "$work/never.csv"
check "a link whose event is of another edition" 1 "$explorer" --view "report-explorer:view?v=1&edition=2015&event=1" --export-csv "$work/never.csv"
[ ! -e "$work/never.csv" ] && [ ! -e "$work/never.sqlite" ] || { echo "FAIL: a refused link left a file"; failures=$((failures + 1)); }
check "--filter with a link" 2 "$explorer" --view "$link" --filter x --export-csv "$work/never.csv"
# The link names its edition; --edition beside it would contradict it.
check "--edition with a link" 2 "$explorer" --view "$link" --edition 2015 --export-csv "$work/never.csv"
[ ! -e "$work/never.csv" ] || { echo "FAIL: a refused combination left a file"; failures=$((failures + 1)); }
check "--print-link --edition 2015 --filter 软件" 0 "$explorer" --print-link --edition 2015 --filter 软件
link2015=$(cat "$work/stdout")
case "$link2015" in report-explorer:view\?v=1\&edition=2015\&*q=%E8%BD%AF%E4%BB%B6*) ;; *) echo "FAIL: --print-link --edition 2015 printed $link2015"; failures=$((failures + 1)) ;; esac
check "--edition 2015 --filter 软件 --export-csv" 0 "$explorer" --edition 2015 --filter 软件 --export-csv "$work/software-2015.csv"
expect "2015 events naming 软件, and the header" 10 "$(grep -c $'\r$' "$work/software-2015.csv")"
check "--view with a 2015 link" 0 "$explorer" --view "$link2015" --export-csv "$work/software-2015-link.csv"
cmp -s "$work/software-2015.csv" "$work/software-2015-link.csv" || { echo "FAIL: the 2015 link's CSV differs from --edition 2015's"; failures=$((failures + 1)); }
check "--print-link --edition all" 0 "$explorer" --print-link --edition all
case "$(cat "$work/stdout")" in report-explorer:view\?v=1\&edition=all\&*) ;; *) echo "FAIL: --print-link --edition all printed $(cat "$work/stdout")"; failures=$((failures + 1)) ;; esac
check "--print-link with an export" 2 "$explorer" --print-link --export-csv "$work/never.csv"
check "a second positional argument" 2 "$explorer" "$link" "$link"

echo "command-line checks finished: $failures failed"
[ "$failures" -eq 0 ]
