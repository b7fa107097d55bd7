#!/usr/bin/env bash
# make prism-image: an image of the npm Prism pinned in contract-tests/package-lock.json, built with no base image
# from a registry: its root file system is this machine's node, the libraries ldd lists for it, /usr/bin/env, CA
# certificates and an `npm ci` of the pinned Prism, loaded with docker import. Usage: docker/build-prism-image.sh TAG
set -euo pipefail
tag=$1
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$root/target/prism-image"
rootfs="$work/rootfs"
node="$(readlink -f "$(command -v node)")"

rm -rf "$work"
mkdir -p "$rootfs/prism" "$rootfs/tmp" "$rootfs/usr/local/bin"
chmod 1777 "$rootfs/tmp"
cp "$root/contract-tests/package.json" "$root/contract-tests/package-lock.json" "$rootfs/prism/"
# Not NODE_ENV=production: Prism then forks cluster workers, which crash on Node 20 ('isPrimary').
(cd "$rootfs/prism" && npm ci --no-audit --no-fund --loglevel=error)
cp "$node" "$rootfs/usr/local/bin/node"
for file in $(ldd "$node" /usr/bin/env | grep -o '/[^ :]*' | sort -u) /usr/bin/env; do
  cp -L --parents "$file" "$rootfs/"
done
# Node reads OpenSSL's configuration and, for https upstreams (make contract-live), the system CA store.
mkdir -p "$rootfs/etc"
cp -rL /etc/ssl "$rootfs/etc/"
[ ! -f /etc/nsswitch.conf ] || cp /etc/nsswitch.conf "$rootfs/etc/"

# Fixed order, owners and times: the same lock file gives the same layer.
tar -C "$rootfs" --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner -cf - . |
  docker import \
    --change 'ENTRYPOINT ["/usr/local/bin/node", "/prism/node_modules/@stoplight/prism-cli/dist/index.js"]' \
    --change 'WORKDIR /prism' \
    --message "npm @stoplight/prism-cli from contract-tests/package-lock.json on $($node --version)" \
    - "$tag" > /dev/null
echo "built $tag ($(docker image inspect --format '{{.Size}}' "$tag" | awk '{printf "%d MB", $1/1e6}'))"
