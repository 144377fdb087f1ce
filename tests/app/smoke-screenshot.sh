#!/usr/bin/env bash
# Starts the explorer under Xvfb in both languages and at two sizes, and screenshots each.
# Fails when the program dies at start-up or draws nothing.
set -euo pipefail
explorer=$1
out=$2
mkdir -p "$out"
unset QT_QPA_PLATFORM      # the window must reach Xvfb, even when the caller runs offscreen
export HOME=$(mktemp -d)   # fresh settings, so the window opens at its default size
trap 'rm -rf "$HOME"' EXIT
for lang in zh en; do
  for size in 1440x900 1024x640; do
    shot="$out/window-$lang-$size.png"
    rm -f "$shot"
    # Waits for the first frame rather than a fixed time (a busy CI machine may need longer),
    # then gives the report, which loads after the first frame, time to fill the window.
    xvfb-run -a -s "-screen 0 ${size}x24" bash -c '
      "$0" --lang "$1" & pid=$!
      for attempt in $(seq 120); do
        kill -0 "$pid"                     # still running: it started
        import -window root "$2"
        [ "$(convert "$2" -format "%k" info:)" -ge 50 ] && break
        sleep 0.5
      done
      sleep 2
      kill -0 "$pid"
      import -window root "$2"
      kill "$pid"; wait "$pid" || true' "$explorer" "$lang" "$shot"
    # A window was drawn: the screenshot is not one flat colour.
    colours=$(convert "$shot" -format '%k' info:)
    if [ "$colours" -lt 50 ]; then
      echo "FAIL: $shot has only $colours colours: nothing was drawn" >&2
      exit 1
    fi
    echo "ok: $shot ($colours colours)"
  done
done
