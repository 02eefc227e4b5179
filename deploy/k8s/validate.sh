#!/usr/bin/env bash
# Checks deploy/k8s without a cluster:
#   1. kustomize renders it (`kubectl kustomize`; kubectl from Debian's or Google's packages);
#   2. every object validates against the Kubernetes API schema: kubernetes-models (npm), whose compiled
#      JSON Schemas check types, required fields and enumerations (not unknown fields: only an API
#      server does that, see 3);
#   3. when a cluster is reachable (kubectl's current context), the API server checks it too, strictly,
#      without changing anything: `kubectl apply --dry-run=server --validate=strict`.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
command -v kubectl >/dev/null || { echo "validate.sh: kubectl is missing (apt-get install kubectl)" >&2; exit 1; }
command -v npm >/dev/null || { echo "validate.sh: node and npm are missing (apt-get install nodejs npm)" >&2; exit 1; }

RENDERED=$(mktemp)
trap 'rm -f "$RENDERED"' EXIT
kubectl kustomize "$HERE" > "$RENDERED"
echo "rendered: $(grep -c '^kind:' "$RENDERED") objects"

if [ ! -d "$HERE/validate/node_modules/kubernetes-models" ]; then
    (cd "$HERE/validate" && npm ci --no-audit --no-fund --loglevel=error >&2)
fi
node "$HERE/validate/validate.mjs" < "$RENDERED"

if kubectl version --request-timeout=3s >/dev/null 2>&1; then
    kubectl apply --dry-run=server --validate=strict -f "$RENDERED"
else
    echo "no cluster reachable: the API server's own dry run was skipped"
fi
echo "deploy/k8s is valid"
