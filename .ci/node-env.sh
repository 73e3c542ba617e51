# Puts a Node.js that satisfies package.json `engines.node` first on PATH for this shell, for
# running tools by hand (`node validators/cli.ts …`); the npm scripts do not need it. Source it:
# `source .ci/node-env.sh`. scripts/with-node.mjs does the work (the version check, and fetching
# Node 24 from the npm registry into .node/ once when the system Node is older); this only puts
# the folder it names on PATH.

cw_node_bin=$(node "$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/scripts/with-node.mjs" --print-bin-dir) &&
  PATH="$cw_node_bin:$PATH" && export PATH && echo "node-env: using Node $(node -v) from $cw_node_bin" >&2
unset cw_node_bin
