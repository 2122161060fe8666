#!/usr/bin/env python3
"""Writes the tree of COMMIT in the bare repository GIT_DIR into DEST, file by file through one `git cat-file --batch`.

    export.py GIT_DIR COMMIT DEST

Unlike `git archive`, it goes on past a blob the repository lacks (the fetched snapshots leave out their largest files)
and names each one on stderr: those files are not in the export, so a label on them counts as missed by every tool."""
import os
import subprocess
import sys


def main():
    git_dir, commit, dest = sys.argv[1], sys.argv[2], sys.argv[3]
    listing = subprocess.run(["git", "--git-dir", git_dir, "ls-tree", "-r", "-z", commit], capture_output=True, check=True).stdout
    entries = []
    for record in filter(None, listing.split(b"\0")):
        meta, path = record.split(b"\t", 1)
        mode, kind, oid = meta.split()
        if kind == b"blob":
            entries.append((mode, oid, path))
    batch = subprocess.Popen(["git", "--git-dir", git_dir, "cat-file", "--batch"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    missing = 0
    for mode, oid, path in entries:
        batch.stdin.write(oid + b"\n")
        batch.stdin.flush()
        header = batch.stdout.readline()
        if header.endswith(b" missing\n"):
            missing += 1
            print(f"export.py: {git_dir}: {path.decode(errors='replace')} is not in the snapshot", file=sys.stderr)
            continue
        data = batch.stdout.read(int(header.split()[2]))
        batch.stdout.read(1)
        target = os.path.join(dest.encode(), path)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        if mode == b"120000":
            os.symlink(data, target)
            continue
        with open(target, "wb") as handle:
            handle.write(data)
        if mode == b"100755":
            os.chmod(target, 0o755)
    batch.stdin.close()
    batch.wait()
    if missing:
        print(f"export.py: {git_dir}: {missing} of {len(entries)} files missing", file=sys.stderr)


if __name__ == "__main__":
    main()
