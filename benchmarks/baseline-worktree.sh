#!/usr/bin/env bash
# Checks out REF (a commit, branch or tag of this repository) as a detached worktree in DIR, for the
# comparison scripts' "before" side, seeded with this tree's downloaded registry data (artifacts/
# resources/raw and npm: pinned and hash-checked, so the same files) so its build does no network work.
#
#   benchmarks/baseline-worktree.sh REF DIR      (remove with: git worktree remove --force DIR)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
ref=$1 dir=$2
git -C "$root" worktree add --detach "$dir" "$ref" >/dev/null 2>&1
mkdir -p "$dir/artifacts/resources"
for d in raw npm; do
  [ -d "$root/artifacts/resources/$d" ] && cp -r "$root/artifacts/resources/$d" "$dir/artifacts/resources/"
done
echo "$dir: $(git -C "$dir" log --oneline -1)"
