#!/usr/bin/env bash
# Exported citations as real reference tools read them: pandoc --citeproc renders a document
# that cites them without a warning, from CSL-JSON and from BibTeX, and the BibTeX file reads
# back as the same items as the CSL-JSON.
set -uo pipefail
explorer=$1
command -v pandoc >/dev/null || { echo "pandoc is not installed (.ci/install-deps installs it)"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
unset DISPLAY WAYLAND_DISPLAY
if [ -z "${XDG_RUNTIME_DIR:-}" ]; then
  export XDG_RUNTIME_DIR="$work/runtime"
  mkdir -m 700 "$XDG_RUNTIME_DIR"
fi
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

for format in json bib; do
  "$explorer" --export-citations "$work/hubei.$format" --filter 湖北 || fail "--export-citations hubei.$format"
done
# 湖北: the Hubei alliance, and three events.
[ "$(grep -c '"id"' "$work/hubei.json")" = 4 ] || fail "expected 4 items in hubei.json"
[ "$(grep -c '^@incollection{' "$work/hubei.bib")" = 4 ] || fail "expected 4 entries in hubei.bib"

printf -- '---\nnocite: "@*"\n---\nAs the report says [@kaiyuanshe2016-alliance-l84, line 84].\n' >"$work/paper.md"
for format in json bib; do
  pandoc --citeproc --bibliography="$work/hubei.$format" "$work/paper.md" -t plain -o "$work/paper-$format.txt" \
    2>"$work/warnings-$format" || fail "pandoc failed on hubei.$format"
  [ ! -s "$work/warnings-$format" ] || { fail "pandoc warned on hubei.$format:"; cat "$work/warnings-$format"; }
  grep -q '湖北省开源软件推进联盟' "$work/paper-$format.txt" || fail "the reference from hubei.$format is missing"
  grep -q 'orgnization.md#L84' "$work/paper-$format.txt" || fail "the source URL from hubei.$format is missing"
  grep -q '2016年中国开源生态系统报告' "$work/paper-$format.txt" || fail "the report's title from hubei.$format is missing"
  grep -q '(开源社 (Kaiyuanshe) 2016' "$work/paper-$format.txt" || fail "the citation from hubei.$format is missing"
done
cmp -s "$work/paper-json.txt" "$work/paper-bib.txt" || { fail "CSL-JSON and BibTeX render differently"; diff "$work/paper-json.txt" "$work/paper-bib.txt"; }

# The round trip: BibTeX read by pandoc gives the items of the CSL-JSON (BibTeX has no field for
# the language).
pandoc -f csljson -t csljson "$work/hubei.json" | grep -v '"language":' >"$work/from-json.json" || fail "pandoc read hubei.json"
pandoc -f bibtex -t csljson "$work/hubei.bib" >"$work/from-bib.json" 2>"$work/bib-warnings" || fail "pandoc read hubei.bib"
[ ! -s "$work/bib-warnings" ] || { fail "pandoc warned reading hubei.bib:"; cat "$work/bib-warnings"; }
diff "$work/from-json.json" "$work/from-bib.json" || fail "hubei.bib does not read back as hubei.json"

echo "citation checks finished: $failures failed"
[ "$failures" -eq 0 ]
