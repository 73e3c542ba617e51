# Puts a Node.js >= 22.18 first on PATH, fetching Node 24 from the npm registry when the
# system Node is older. Source it (`source .ci/node-env.sh`) before any npm command: npm run
# under an old Node silently resolves older package versions whose `engines` match.
#
# The npm package node-linux-<arch>@24 is a plain Node binary (no install script, no npm
# inside it); the system npm then runs under it because its shebang is `/usr/bin/env node`.

cw_node_ok() {
  # True when the `node` on PATH is at least 22.18.
  command -v node >/dev/null 2>&1 || return 1
  node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=18)?0:1)' 2>/dev/null
}

cw_bootstrap_node() {
  local root dir arch pkg tmp
  root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
  dir="$root/.node"
  if [ -x "$dir/bin/node" ]; then
    PATH="$dir/bin:$PATH"; export PATH
  fi
  cw_node_ok && return 0
  case "$(uname -m)" in
    x86_64|amd64) arch=x64 ;;
    aarch64|arm64) arch=arm64 ;;
    *) echo "node-env: no prebuilt Node for $(uname -m); install Node >= 22.18 yourself" >&2; return 1 ;;
  esac
  command -v npm >/dev/null 2>&1 || { echo "node-env: npm is needed to fetch Node 24" >&2; return 1; }
  pkg="node-linux-$arch@24"
  echo "node-env: system Node is $(node -v 2>/dev/null || echo missing); fetching $pkg into .node/" >&2
  tmp=$(mktemp -d)
  if ! (cd "$tmp" && npm pack --silent "$pkg" >/dev/null); then
    rm -rf "$tmp"; echo "node-env: could not download $pkg from the npm registry" >&2; return 1
  fi
  rm -rf "$dir" && mkdir -p "$dir"
  tar -xzf "$tmp"/node-linux-*.tgz -C "$dir" --strip-components=1 package/bin/node package/LICENSE
  rm -rf "$tmp"
  PATH="$dir/bin:$PATH"; export PATH
  cw_node_ok || { echo "node-env: $dir/bin/node does not run" >&2; return 1; }
  echo "node-env: using Node $(node -v) from .node/bin" >&2
}

cw_bootstrap_node
