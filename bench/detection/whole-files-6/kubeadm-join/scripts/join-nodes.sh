#!/usr/bin/env bash
set -euo pipefail
# control plane
kubeadm join 10.20.0.10:6443 --token o1gkgz.yxxev4ncb0wqlpu2 \
  --discovery-token-ca-cert-hash sha256:0f90b54ac03b8dd8c5daf4a12e0f5333773e0828926cc1f1137ea114eb4ce8be \
  --control-plane --certificate-key 74556fb11a9a8190ad4a41a0451dacd6b6e1c5cfbd7277dfca1592208afe4a96
