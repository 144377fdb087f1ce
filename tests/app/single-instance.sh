#!/usr/bin/env bash
# Two real processes on one display: a second launch with a link hands it to the explorer
# already running and exits, instead of opening a second window; the link is applied there.
set -euo pipefail
explorer=$1
for tool in xvfb-run xwininfo; do
  command -v "$tool" >/dev/null || { echo "SKIPPED: $tool is not installed (.ci/install-deps installs it)"; exit 0; }
done
unset QT_QPA_PLATFORM      # the windows must reach Xvfb, even when the caller runs offscreen
export HOME=$(mktemp -d)   # fresh settings
export XDG_RUNTIME_DIR=$HOME/runtime
mkdir -m 700 "$XDG_RUNTIME_DIR"
trap 'rm -rf "$HOME"' EXIT
xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
  set -euo pipefail
  "$0" --lang en & first=$!
  windows() { xwininfo -root -tree | grep -c "(\"report-explorer\" \"report-explorer\")" || true; }
  for attempt in $(seq 120); do
    ls "$XDG_RUNTIME_DIR"/report-explorer-*.socket >/dev/null 2>&1 && [ "$(windows)" -ge 1 ] && break
    sleep 0.5
  done
  socket=$(ls "$XDG_RUNTIME_DIR"/report-explorer-*.socket)
  [ "$(stat -c %a "$socket")" = 700 ] || { echo "FAIL: $socket is $(stat -c %a "$socket")"; exit 1; }
  before=$(windows)
  # The second launch must hand its link over and exit at once, with status 0.
  timeout 20 "$0" "report-explorer:view?v=1&lang=en&q=Hubei&tab=per-year" || { echo "FAIL: second launch"; exit 1; }
  kill -0 "$first" || { echo "FAIL: the first explorer died"; exit 1; }
  # No second window: the first one took the link.
  sleep 1
  [ "$(windows)" = "$before" ] || { echo "FAIL: a second window opened"; exit 1; }
  kill "$first"; wait "$first" || true
  echo "ok: the second launch handed its link to the first and exited"' "$explorer"
