#!/usr/bin/env bash
# Cleans up after a test site whose Node process died without calling stop():
#   watchdog.sh NODE_PID SITE_DIR CONFIG_FILE
# While NODE_PID lives and SITE_DIR exists it only sleeps. If NODE_PID goes away first, it
# kills the process groups listed in SITE_DIR/process-groups (the ones site.ts started),
# removes the config file and the folder. stop() ends this watchdog by its pid.
parent="$1"
dir="$2"
config="$3"

while kill -0 "$parent" 2>/dev/null && [ -d "$dir" ]; do
  sleep 1
done

[ -d "$dir" ] || exit 0
if [ -f "$dir/process-groups" ]; then
  while read -r group; do
    # Its own group is listed too (it is started detached, like the servers).
    [ -n "$group" ] && [ "$group" != "$$" ] && kill -KILL -- "-$group" 2>/dev/null
  done <"$dir/process-groups"
fi
sleep 0.2
rm -f "$config"
[ -L "$dir/socket-dir" ] && rm -rf "$(readlink "$dir/socket-dir")"
rm -rf "$dir"
