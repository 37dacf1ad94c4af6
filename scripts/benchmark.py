#!/usr/bin/env python3
"""Throughput benchmark: brieflens end to end against CoreNLP's own command line, side by side.

Runs on the same texts, in one go, alternating the contenders in every round:
  1. brieflens, local[2], process start to tables written
  2. brieflens, local[1]
  3. CoreNLP's command line, default annotators tokenize,ssplit,pos,lemma,ner, -threads 2,
     on a sample of the documents (extrapolated per token, and said so)
  4. CoreNLP's command line with brieflens's fast-profile annotators, -threads 2
and prints tokens/s, documents/s, peak RSS and model-load time of each (medians of the rounds),
with the ratios 1/3, 1/4 and 1/2. Corpus texts are read from ../shared/corpora and written only
to a scratch folder (--work), never into the project.
"""
import argparse, json, os, re, shutil, statistics, subprocess, sys, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FAST = ["-annotators", "tokenize,ssplit,ner",
        "-ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz",
        "-ner.applyFineGrained", "false", "-ner.useSUTime", "false", "-ner.applyNumericClassifiers", "false",
        "-ner.buildEntityMentions", "false", "-ner.maxAdditionalKnownLCWords", "0",
        "-ssplit.newlineIsSentenceBreak", "two", "-enforceRequirements", "false"]
DEFAULT = ["-annotators", "tokenize,ssplit,pos,lemma,ner"]


def main():
    args = options()
    corpora = [c for c in args.input if os.path.isfile(c)]
    if not corpora:
        sys.exit("benchmark: none of the inputs exists (%s): corpora live in ../shared/corpora" % ", ".join(args.input))
    os.makedirs(args.work, exist_ok=True)
    docs = load(corpora, args.docs)
    jsonl, files = write_inputs(docs, args.work)
    sample = files[: args.corenlp_sample]
    classpath = build()
    results = {k: [] for k in ("local2", "local1", "corenlp_default", "corenlp_fast")}
    for r in range(args.runs):
        print("round %d of %d" % (r + 1, args.runs), file=sys.stderr)
        results["local2"].append(brieflens(classpath, jsonl, args.work, "local[2]"))
        results["local1"].append(brieflens(classpath, jsonl, args.work, "local[1]"))
        results["corenlp_fast"].append(corenlp(classpath, files, args.work, FAST))
        results["corenlp_default"].append(corenlp(classpath, sample, args.work, DEFAULT))
    report(results, docs, sample, args)


def options():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    shared = os.path.join(ROOT, "..", "shared", "corpora")
    p.add_argument("--input", nargs="+", default=[os.path.join(shared, "bbc_business_tech", "bbc_business_tech.jsonl"),
                                                  os.path.join(shared, "reuters21578", "reuters21578.jsonl")])
    p.add_argument("--docs", type=int, default=4000, help="documents taken, in input order (default 4000)")
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--corenlp-sample", type=int, default=150, help="documents for CoreNLP's default annotators")
    p.add_argument("--work", default="/tmp/brieflens-benchmark")
    return p.parse_args()


def load(corpora, limit):
    docs = []
    for corpus in corpora:
        with open(corpus, encoding="utf-8") as f:
            for line in f:
                if line.strip() and len(docs) < limit:
                    docs.append(json.loads(line))
    return docs


def write_inputs(docs, work):
    jsonl = os.path.join(work, "input.jsonl")
    with open(jsonl, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d) + "\n")
    text_dir = os.path.join(work, "texts")
    shutil.rmtree(text_dir, ignore_errors=True)
    os.makedirs(text_dir)
    files = []
    for i, d in enumerate(docs):
        path = os.path.join(text_dir, "%05d.txt" % i)
        with open(path, "w", encoding="utf-8") as f:
            f.write((d.get("title") or "") + "\n\n" + (d.get("text") or ""))
        files.append(path)
    return jsonl, files


def build():
    """Builds the project and writes the class archive with one untimed run on the bundled sample:
    every timed run then starts the way a user's second run does."""
    out = os.path.join(ROOT, "target", "benchmark-warmup")
    subprocess.run([os.path.join(ROOT, "scripts", "run-local.sh"), "--output", out, "--report", "off"], cwd=ROOT,
                   check=True, capture_output=True, env=brieflens_env())
    cp_file = os.path.join(ROOT, "jobs", "target", "classpath.txt")
    return os.path.join(ROOT, "jobs", "target", "classes") + ":" + open(cp_file).read().strip()


def brieflens_env():
    return dict(os.environ, BRIEFLENS_JAVA_OPTS="-Dspark.ui.enabled=false")


def timed(command, cwd, env=None):
    """Runs a command under /usr/bin/time -v: wall seconds, peak RSS in MB, and stderr."""
    start = time.time()
    proc = subprocess.run(["/usr/bin/time", "-v"] + command, cwd=cwd, capture_output=True, text=True, env=env)
    wall = time.time() - start
    if proc.returncode != 0:
        sys.exit("benchmark: command failed (%d): %s\n%s" % (proc.returncode, " ".join(command[:6]), proc.stderr[-2000:]))
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", proc.stderr)
    return wall, (int(rss.group(1)) / 1024 if rss else float("nan")), proc.stderr


def brieflens(classpath, jsonl, work, master):
    out = os.path.join(work, "out-" + master.replace("[", "").replace("]", ""))
    shutil.rmtree(out, ignore_errors=True)
    # The user's command (JVM options of scripts/spark-jvm-options, 3 GB heap, the class archive).
    command = [os.path.join(ROOT, "scripts", "run-local.sh"), "--master", master, "--input", jsonl, "--output", out,
               "--report", "off"]
    wall, rss, _ = timed(command, ROOT, brieflens_env())
    manifest = json.load(open(os.path.join(out, "_manifest.json")))
    return {"seconds": wall, "rss_mb": rss, "tokens": manifest["counts"]["tokens"],
            "documents": manifest["counts"]["processed"], "load_s": manifest["nlp_load_millis_driver"] / 1000}


def corenlp(classpath, files, work, annotators):
    file_list = os.path.join(work, "filelist.txt")
    open(file_list, "w").write("\n".join(files) + "\n")
    out = os.path.join(work, "corenlp-out")
    shutil.rmtree(out, ignore_errors=True)
    command = ["java", "-Xmx3g", "-cp", classpath, "edu.stanford.nlp.pipeline.StanfordCoreNLP"] + annotators + [
        "-threads", "2", "-filelist", file_list, "-outputFormat", "conll", "-outputDirectory", out]
    wall, rss, err = timed(command, work)
    loads = [float(x) for x in re.findall(r"done \[(\d+\.\d+) sec\]", err)]
    tokens = 0
    for name in os.listdir(out):
        with open(os.path.join(out, name), encoding="utf-8") as f:
            tokens += sum(1 for line in f if line.strip())
    return {"seconds": wall, "rss_mb": rss, "tokens": tokens, "documents": len(files), "load_s": sum(loads)}


def report(results, docs, sample, args):
    def med(key, field):
        return statistics.median(r[field] for r in results[key])
    rows = [("1 brieflens local[2]", "local2"), ("2 brieflens local[1]", "local1"),
            ("3 CoreNLP default -threads 2 (sample)", "corenlp_default"), ("4 CoreNLP fast -threads 2", "corenlp_fast")]
    rate = {key: med(key, "tokens") / med(key, "seconds") for _, key in rows}
    print("\n%d documents from %s; %d runs each, medians; CoreNLP default on the first %d documents"
          % (len(docs), ", ".join(os.path.basename(i) for i in args.input), args.runs, len(sample)))
    print("%-40s %10s %10s %10s %10s %9s %9s" % ("run", "tokens", "seconds", "tokens/s", "docs/s", "RSS MB", "load s"))
    for label, key in rows:
        print("%-40s %10d %10.1f %10.0f %10.1f %9.0f %9.1f" % (label, med(key, "tokens"), med(key, "seconds"), rate[key],
              med(key, "documents") / med(key, "seconds"), med(key, "rss_mb"), med(key, "load_s")))
    print("\nratios of tokens/s: 1/3 = %.1f   1/4 = %.2f   1/2 = %.2f"
          % (rate["local2"] / rate["corenlp_default"], rate["local2"] / rate["corenlp_fast"], rate["local2"] / rate["local1"]))
    print("(3) is measured on a sample and extrapolated per token; (1) and (2) include Spark start-up, reading, "
          "annotation, resolution, relations, amounts, fact and trend tables and the quality checks "
          "(the HTML report is off: --report off).")


if __name__ == "__main__":
    main()
