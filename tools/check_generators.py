#!/usr/bin/env python3
"""Runs every generator that tools/generators.tsv lists as reproducing (`reproduces` = yes) in a scratch copy of the
repository and fails if any tracked file comes out different (or a file appears or goes), so a generator that stops
reproducing its committed files is seen when it happens (session 33, i16-generators41).

    python3 tools/check_generators.py [--rev REV] [--only SUBSTRING] [--packages DIR] [--keep] [-v]

The scratch copy is the working tree's files that git tracks or would track (uncommitted edits and new files included), or with --rev the
tree of that commit (git archive), unpacked in a temporary folder and committed there to a throwaway git repository
so that `git status` shows what a run changed. Each row's `run` column is one or more commands separated by ` ; `:
a script path with its arguments, optionally `> FILE` for a generator that prints its set, run with python3 from the
copy's root; after a row that changed something the copy is restored (git checkout, git clean). Exit status 1 when a row fails.
Rows marked `yes (npm)` read third-party npm packages that are not in the repository; they run only with --packages
DIR, DIR holding the unpacked packages as tools/README.md says, `$PACKAGES` in their `run` standing for DIR.
Only the copy is written; the repository itself is never touched. Standard library only."""
import argparse, csv, os, shlex, shutil, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TSV = os.path.join(ROOT, 'tools', 'generators.tsv')


def sh(args, cwd, **kw):
    return subprocess.run(args, cwd=cwd, capture_output=True, text=True, **kw)


def make_copy(rev):
    tmp = tempfile.mkdtemp(prefix='genscreen-generators-')
    if rev:
        archive = subprocess.run(['git', 'archive', rev], cwd=ROOT, capture_output=True, check=True).stdout
    else:
        files = subprocess.run(['git', 'ls-files', '-z', '--cached', '--others', '--exclude-standard'], cwd=ROOT, capture_output=True, check=True).stdout
        # tracked files as they are in the working tree (deleted ones skipped)
        present = b'\0'.join(f for f in files.split(b'\0') if f and os.path.lexists(os.path.join(ROOT.encode(), f)))
        archive = subprocess.run(['tar', '-c', '--null', '-T', '-'], cwd=ROOT, input=present, capture_output=True,
                                 check=True).stdout
    subprocess.run(['tar', '-x'], cwd=tmp, input=archive, check=True)
    git = ['git', '-c', 'user.name=check', '-c', 'user.email=check@localhost', '-c', 'commit.gpgsign=false']
    for args in (['init', '-q'], ['add', '-A', '-f'], ['commit', '-q', '-m', 'scratch']):
        subprocess.run(git + args, cwd=tmp, check=True, capture_output=True)
    return tmp


def run_row(tmp, run, timeout):
    for command in filter(None, (c.strip() for c in run.split(' ; '))):
        out_file = None
        if ' > ' in command:
            command, out_file = (p.strip() for p in command.split(' > ', 1))
        args = ['python3'] + shlex.split(command)
        if out_file:
            with open(os.path.join(tmp, out_file), 'w', encoding='utf-8') as f:
                r = subprocess.run(args, cwd=tmp, stdout=f, stderr=subprocess.PIPE, text=True, timeout=timeout)
        else:
            r = sh(args, tmp, timeout=timeout)
        if r.returncode != 0:
            return f'`{command}` exited {r.returncode}: {r.stderr.strip().splitlines()[-1:] }'
    status = sh(['git', 'status', '--porcelain', '--untracked-files=all'], tmp).stdout
    return status.strip()


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('--rev', help='check the tree of this commit instead of the working tree')
    ap.add_argument('--only', help='only rows whose script or run contains this text')
    ap.add_argument('--packages', help='folder of the unpacked npm packages: also run the `yes (npm)` rows')
    ap.add_argument('--keep', action='store_true', help='keep the scratch copy (its path is printed)')
    ap.add_argument('--timeout', type=int, default=300, help='seconds per command (default 300)')
    ap.add_argument('-v', '--verbose', action='store_true')
    a = ap.parse_args()
    start = time.time()
    with open(TSV, encoding='utf-8', newline='') as f:
        wanted = ('yes', 'yes (npm)') if a.packages else ('yes',)
        rows = [r for r in csv.DictReader(f, delimiter='\t') if r['reproduces'] in wanted]
    for r in rows:
        if a.packages:
            r['run'] = r['run'].replace('$PACKAGES', os.path.abspath(a.packages))
    if a.only:
        rows = [r for r in rows if a.only in r['script'] or a.only in r['run']]
    tmp = make_copy(a.rev)
    failed = []
    try:
        for r in rows:
            t = time.time()
            try:
                result = run_row(tmp, r['run'] or r['script'], a.timeout)
            except subprocess.TimeoutExpired:
                result = 'timed out'
            if result:
                failed.append(r['run'])
                print(f'DIFFERS  {r["run"]}\n         ' + result.replace('\n', '\n         '))
            elif a.verbose:
                print(f'ok       {r["run"]} ({time.time() - t:.1f} s)')
            if result:  # a clean copy needs no restoring
                sh(['git', 'checkout', '-q', '--', '.'], tmp)
                sh(['git', 'clean', '-fdq'], tmp)
    finally:
        if a.keep:
            print('scratch copy kept:', tmp)
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    print(f'{len(rows) - len(failed)}/{len(rows)} generator rows reproduce their files byte for byte '
          f'({time.time() - start:.0f} s)')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
