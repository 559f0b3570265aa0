#!/usr/bin/env bash
# Rebuilds the catalog on an nginx host and switches the live site to the new build in one step.
# Run it daily from cron (see deploy/README.md, "Scheduled rebuild"), so stale flags and bid dates stay true
# with no commit. Never serves a half-built site: the build goes to a new release folder, and the live path
# (nginx's `root`) is a symlink that a rename points at it. If anything fails, the last good build stays live
# and the script exits non-zero (cron mails the log to MAILTO).
#
# Settings (environment variables, with their defaults):
#   CATALOG_REPO      the git clone to build from                      (the folder this script is in, one up)
#   CATALOG_BRANCH    the branch to build                              main
#   CATALOG_LIVE      nginx's root: a symlink this script maintains    /srv/karaganda-catalog/dist
#   CATALOG_RELEASES  where the builds are kept                        /srv/karaganda-catalog/releases
#   CATALOG_KEEP      how many builds to keep (the live one always)    5
#   SITE_URL          the public address, as for any build             (src/site.config.ts)
set -euo pipefail

repo=${CATALOG_REPO:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}
branch=${CATALOG_BRANCH:-main}
live=${CATALOG_LIVE:-/srv/karaganda-catalog/dist}
releases=${CATALOG_RELEASES:-/srv/karaganda-catalog/releases}
keep=${CATALOG_KEEP:-5}

log() { printf '%s rebuild: %s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$*"; }
fail() {
  log "FAILED: $*; the site stays on $(readlink "$live" 2>/dev/null || echo 'its last build')"
  exit 1
}

case $keep in '' | *[!0-9]* | 0) fail "CATALOG_KEEP must be a whole number of at least 1, not '$keep'" ;; esac
if [ -e "$live" ] && [ ! -L "$live" ]; then
  fail "$live is a real folder, not a symlink; move it once (mv $live $live.old) and run again"
fi
mkdir -p "$releases"

# One rebuild at a time: a slow build and the next cron run must not swap symlinks under each other.
exec 9>"$releases/.rebuild.lock"
if ! flock -n 9; then
  log "another rebuild is still running; nothing to do"
  exit 0
fi

cd "$repo" || fail "no repository at $repo"
log "updating $repo ($branch)"
git fetch --quiet origin "$branch" || fail "git fetch"
git checkout --quiet "$branch" || fail "git checkout $branch"
git merge --quiet --ff-only "origin/$branch" || fail "git pull: the clone has local changes or has diverged from origin/$branch"
commit=$(git rev-parse --short HEAD)

export ASTRO_TELEMETRY_DISABLED=1
# Problems caused only by the calendar (a bid date that passed) are warnings here: the rebuild is what makes the
# site say so. Any other content error still stops it (see scripts/check-content.ts).
export CATALOG_SCHEDULED=1

log "installing packages"
npm ci --no-audit --no-fund || fail "npm ci"
log "checking the content"
npm run check:content -- --scheduled || fail "the content check (run npm run check:content to see why)"
log "building $commit"
npm run build || fail "the build"
[ -f dist/index.html ] || fail "the build wrote no dist/index.html"

# Named by the time to the nanosecond: pruning keeps the newest names, so two builds within one second must still
# sort in the order they were made (the commit after the time would otherwise decide, and could prune the live one).
release="$releases/$(date -u +%Y%m%dT%H%M%S%NZ)-$commit"
next="$live.next"
# Copy, not move: the clone's dist/ is rewritten by the next build, the release folder is never touched again.
cp -a dist "$release.partial" || {
  rm -rf "$release.partial"
  fail "copying the build"
}
mv "$release.partial" "$release"
ln -sfn "$release" "$next"
# rename(2) replaces the symlink in one step: every request sees the old build or the new one, never neither.
mv -T "$next" "$live" || fail "switching $live to $release"
log "live: $live -> $release"

# Keep the newest builds (the live one whatever its age), so a bad night can be undone by pointing the symlink back.
current=$(readlink "$live")
find "$releases" -mindepth 1 -maxdepth 1 -type d -name '[0-9]*' | sort -r | tail -n +"$((keep + 1))" | while read -r old; do
  [ "$old" = "$current" ] || rm -rf -- "$old"
done
# Leftovers of a run that was killed while copying.
find "$releases" -mindepth 1 -maxdepth 1 -type d -name '*.partial' ! -newer "$release" -exec rm -rf -- {} +
log "done"
