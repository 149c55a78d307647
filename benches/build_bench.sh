#!/usr/bin/env bash
# Whole-build benchmark for depeche.
#
#   benches/build_bench.sh [N] [DIR]
#
# Builds the release binary and the corpus generator, generates N articles
# (default 10000) into DIR (default: a fresh temporary directory, removed at
# the end unless KEEP=1), then times, with /usr/bin/time -v:
#
#   baseline  cat of every content file   (reading the input from the page cache)
#   baseline  cp -r of the content tree   (writing as many files as the input has)
#   build     depeche build, no previous output ("cold output")
#   build     depeche build again, over the output of the first build
#
# and prints wall time, peak RSS, articles/s, ms and KB of peak RSS per
# article, and each wall time as a multiple of the two baselines. The page
# cache is warmed first, so every figure is a warm-cache figure; the ratios to
# cat / cp are what to compare across machines.
#
# If DIR already holds a non-empty content/ it is benchmarked as it is (N is
# then ignored): point it at a real site to measure that.
#
# Environment: JOBS (passed as --jobs; default: all cores), SEED (generator
# seed, default 42), KEEP=1 (keep the temporary directory).
set -euo pipefail
export LC_ALL=C # "." as the decimal separator in $EPOCHREALTIME and awk

usage() {
    sed -n '2,/^set -euo/p' "$0" | sed -e '$d' -e 's/^# \{0,1\}//'
}

case "${1:-}" in
-h | --help)
    usage
    exit 0
    ;;
esac

N=${1:-10000}
DIR=${2:-}
SEED=${SEED:-42}

if [[ ! $N =~ ^[0-9]+$ ]] || ((N == 0)); then
    echo "build_bench.sh: N must be a positive integer, got '$N'" >&2
    exit 2
fi
if [[ ! -x /usr/bin/time ]]; then
    echo "build_bench.sh: /usr/bin/time is missing; install it with: apt-get install time" >&2
    exit 1
fi

cd "$(dirname "$0")/.."

echo "== building release binary and generator" >&2
cargo build --release --quiet --bin depeche --example gen_corpus
DEPECHE=target/release/depeche
GEN=target/release/examples/gen_corpus

created=
if [[ -z $DIR ]]; then
    DIR=$(mktemp -d "${TMPDIR:-/tmp}/depeche-bench.XXXXXX")
    created=1
fi
mkdir -p "$DIR"
DIR=$(cd "$DIR" && pwd)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/depeche-bench-times.XXXXXX")
cleanup() {
    rm -rf "$WORK"
    if [[ -n $created && -z ${KEEP:-} ]]; then
        rm -rf "$DIR"
    fi
}
trap cleanup EXIT

if [[ -n $(ls -A "$DIR/content" 2>/dev/null) ]]; then
    echo "== using the existing content in $DIR/content" >&2
else
    echo "== generating $N articles into $DIR" >&2
    "$GEN" "$N" "$DIR" --seed "$SEED"
fi

OUT="$DIR/public"
COPY="$DIR/.bench-content-copy"
articles=$(find "$DIR/content" -type f \( -name '*.txt' -o -name '*.md' \) | wc -l)
content_bytes=$(find "$DIR/content" -type f -printf '%s\n' | awk '{s += $1} END {print s + 0}')
jobs_args=()
if [[ -n ${JOBS:-} ]]; then
    jobs_args=(--jobs "$JOBS")
fi

# Warm the page cache so that every measurement below reads from memory.
find "$DIR/content" -type f -print0 | xargs -0 cat >/dev/null

# measure LABEL COMMAND...: runs COMMAND under /usr/bin/time -v and appends
# "LABEL<TAB>wall seconds<TAB>peak RSS KB" to $WORK/results. The wall time
# comes from bash's microsecond clock ($EPOCHREALTIME); time -v's own is
# rounded to 10 ms.
measure() {
    local label=$1 start end
    shift
    echo "== $label" >&2
    start=$EPOCHREALTIME
    if ! /usr/bin/time -v -o "$WORK/time.txt" "$@"; then
        echo "build_bench.sh: '$label' failed:" >&2
        cat "$WORK/time.txt" >&2
        exit 1
    fi
    end=$EPOCHREALTIME
    awk -F': ' -v label="$label" -v start="$start" -v end="$end" '
        /Maximum resident set size/ { rss = $2 }
        END { printf "%s\t%.4f\t%d\n", label, end - start, rss }
    ' "$WORK/time.txt" >>"$WORK/results"
}

measure "cat content (baseline)" \
    bash -c 'find "$1" -type f -print0 | xargs -0 cat >/dev/null' _ "$DIR/content"
rm -rf "$COPY"
measure "cp -r content (baseline)" cp -r "$DIR/content" "$COPY"
rm -rf "$COPY"

rm -rf "$OUT" "$DIR"/.public.*
measure "build, cold output" \
    "$DEPECHE" build --root "$DIR" --output "$OUT" --quiet "${jobs_args[@]}"
measure "build, existing output" \
    "$DEPECHE" build --root "$DIR" --output "$OUT" --quiet "${jobs_args[@]}"

out_files=$(find "$OUT" -type f | wc -l)
out_bytes=$(du -sb "$OUT" | cut -f1)

echo
printf 'depeche build: %d articles, %.1f MB of content -> %d files, %.1f MB in %s\n' \
    "$articles" "$(awk -v b="$content_bytes" 'BEGIN {print b / 1e6}')" \
    "$out_files" "$(awk -v b="$out_bytes" 'BEGIN {print b / 1e6}')" "$OUT"
printf '%s CPUs, jobs: %s, %s\n\n' "$(nproc)" "${JOBS:-all}" "$("$DEPECHE" --version)"
awk -F'\t' -v n="$articles" '
    { label[NR] = $1; wall[NR] = $2; rss[NR] = $3 }
    END {
        cat = wall[1] > 0 ? wall[1] : 0.001
        cp = wall[2] > 0 ? wall[2] : 0.001
        printf "%-26s %8s %10s %11s %11s %13s %7s %7s\n", "step", "wall s", "peak RSS", "articles/s",
            "ms/article", "KB RSS/art.", "x cat", "x cp"
        for (i = 1; i <= NR; i++) {
            w = wall[i] > 0 ? wall[i] : 0.001
            printf "%-26s %8.3f %7.1f MB %11.0f %11.3f %13.1f %7.1f %7.1f\n", label[i], wall[i],
                rss[i] / 1024, n / w, 1000 * wall[i] / n, rss[i] / n, wall[i] / cat, wall[i] / cp
        }
    }
' "$WORK/results"
if [[ -n $created && -n ${KEEP:-} ]]; then
    echo
    echo "kept $DIR"
fi
