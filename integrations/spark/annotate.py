"""Annotate a corpus with newsnlp on Apache Spark.

Each partition of articles is piped through `newsnlp annotate --stream`
(JSONL in, one JSONL line out per line in, logs on stderr), the binary
shipped to the executors with the job. A binary that fails makes the
Spark task fail, so no partition is ever dropped silently.

    spark-submit --master yarn integrations/spark/annotate.py \
        --binary target/release/newsnlp --input s3://bucket/articles.jsonl \
        --output s3://bucket/annotated --format parquet --threads 2

Input: JSONL (one article object per line: id, text, optional metadata) or
Parquet with `id` and `text` columns (other columns are kept under `meta`).
Output: Parquet with an explicit schema, or the newsnlp JSONL itself.

Two differences from a single `newsnlp annotate` run, both from Spark:
duplicate ids are detected within a partition only (deduplicate ids first
when that matters), and Spark decodes input as UTF-8, replacing invalid
bytes with U+FFFD, so such an article is annotated instead of reported.
"""

import argparse
import os

from pyspark import SparkFiles
from pyspark.sql import SparkSession
from pyspark.sql import functions as F
from pyspark.sql import types as T

SPAN = T.ArrayType(T.LongType())
SPAN_TEXT = T.StructType(
    [T.StructField("span", SPAN), T.StructField("chars", SPAN), T.StructField("text", T.StringType())]
)

# The columns of the Parquet output: the record id, the entities, the entity
# clusters with their canonical names, the quotes with their cues and
# speakers, the stances and their per-article edges, the sentences, and the
# error for records that failed.
SCHEMA = T.StructType(
    [
        T.StructField("id", T.StringType()),
        T.StructField("schema", T.StringType()),
        T.StructField(
            "entities",
            T.ArrayType(
                T.StructType(
                    [
                        T.StructField("span", SPAN),
                        T.StructField("chars", SPAN),
                        T.StructField("text", T.StringType()),
                        T.StructField("label", T.StringType()),
                        T.StructField("score", T.DoubleType()),
                    ]
                )
            ),
        ),
        T.StructField(
            "clusters",
            T.ArrayType(
                T.StructType(
                    [
                        T.StructField("id", T.LongType()),
                        T.StructField("name", T.StringType()),
                        T.StructField("label", T.StringType()),
                        T.StructField("mentions", T.ArrayType(SPAN_TEXT)),
                    ]
                )
            ),
        ),
        T.StructField(
            "quotes",
            T.ArrayType(
                T.StructType(
                    [
                        T.StructField("content", SPAN_TEXT),
                        T.StructField("fragments", T.ArrayType(SPAN_TEXT)),
                        T.StructField("kind", T.StringType()),
                        T.StructField("cue", SPAN_TEXT),
                        T.StructField("speaker", SPAN_TEXT),
                        T.StructField("speaker_name", T.StringType()),
                        T.StructField("speaker_cluster", T.LongType()),
                        T.StructField("unattributed", T.StringType()),
                        T.StructField("within", T.LongType()),
                    ]
                )
            ),
        ),
        T.StructField(
            "stances",
            T.ArrayType(
                T.StructType(
                    [
                        T.StructField("speaker", T.LongType()),
                        T.StructField("speaker_name", T.StringType()),
                        T.StructField("target", T.LongType()),
                        T.StructField("target_name", T.StringType()),
                        T.StructField("polarity", T.StringType()),
                        T.StructField("score", T.DoubleType()),
                        T.StructField("target_mention", SPAN_TEXT),
                        T.StructField("evidence", SPAN_TEXT),
                        T.StructField("quote", T.LongType()),
                        T.StructField("act", SPAN_TEXT),
                    ]
                )
            ),
        ),
        T.StructField(
            "stance_edges",
            T.ArrayType(
                T.StructType(
                    [
                        T.StructField("speaker", T.LongType()),
                        T.StructField("speaker_name", T.StringType()),
                        T.StructField("target", T.LongType()),
                        T.StructField("target_name", T.StringType()),
                        T.StructField("count", T.LongType()),
                        T.StructField("mean_score", T.DoubleType()),
                        T.StructField("polarity", T.StringType()),
                        T.StructField("strongest", T.LongType()),
                    ]
                )
            ),
        ),
        T.StructField("sentences", T.ArrayType(T.StructType([T.StructField("span", SPAN), T.StructField("chars", SPAN)]))),
        T.StructField(
            "error",
            T.StructType(
                [
                    T.StructField("input", T.StringType()),
                    T.StructField("line", T.LongType()),
                    T.StructField("id", T.StringType()),
                    T.StructField("stage", T.StringType()),
                    T.StructField("reason", T.StringType()),
                ]
            ),
        ),
    ]
)


def article_lines(spark, path, min_partitions):
    """Articles as JSON lines, from JSONL (split into at least
    `min_partitions` contiguous blocks of lines) or Parquet."""
    if path.endswith(".parquet") or os.path.isdir(path) and any(f.endswith(".parquet") for f in os.listdir(path)):
        df = spark.read.parquet(path)
        extra = [c for c in df.columns if c not in ("id", "text")]
        columns = [F.col("id").cast("string").alias("id"), F.col("text")] + [F.col(c) for c in extra]
        return df.select(F.to_json(F.struct(*columns)).alias("line")).rdd.map(lambda row: row[0])
    return spark.sparkContext.textFile(path, minPartitions=min_partitions or None)


def annotate(spark, lines, binary, threads):
    """Pipes every partition through the newsnlp streaming filter."""
    spark.sparkContext.addFile(binary)
    name = os.path.basename(binary)

    def run(partition):
        import subprocess

        exe = SparkFiles.get(name)
        os.chmod(exe, 0o755)
        proc = subprocess.Popen(
            [exe, "annotate", "--stream", "--threads", str(threads)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )
        import threading

        def feed():
            try:
                for line in partition:
                    proc.stdin.write(line.rstrip("\n") + "\n")
            except BrokenPipeError:
                pass
            finally:
                try:
                    proc.stdin.close()
                except BrokenPipeError:
                    pass

        writer = threading.Thread(target=feed)
        writer.start()
        for out in proc.stdout:
            yield out.rstrip("\n")
        writer.join()
        code = proc.wait()
        if code != 0:
            raise RuntimeError(f"newsnlp exited with status {code}: the partition is not complete")

    return lines.mapPartitions(run)


def annotate_sql(spark, path, binary, threads):
    """The same job in Spark SQL: TRANSFORM pipes the rows of each
    partition through the binary, one output row per input line."""
    spark.sparkContext.addFile(binary)
    name = os.path.basename(binary)
    exe = SparkFiles.get(name)
    os.chmod(exe, 0o755)
    spark.read.text(path).createOrReplaceTempView("articles")
    command = f"{exe} annotate --stream --threads {threads}"
    if "'" in command or " " in exe:
        raise ValueError(f"the binary's path cannot be used in a SQL string: {exe}")
    return spark.sql(
        f"SELECT TRANSFORM (value) USING '{command}' AS (annotation STRING) FROM articles"
    ).rdd.map(lambda row: row[0])


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", required=True, help="the newsnlp binary to ship to the executors")
    parser.add_argument("--input", required=True)
    parser.add_argument("--output", required=True)
    parser.add_argument("--format", choices=["parquet", "jsonl"], default="parquet")
    parser.add_argument("--threads", type=int, default=1, help="threads per task (match spark.task.cpus)")
    parser.add_argument("--partitions", type=int, default=0, help="split JSONL input into at least this many blocks (0: Spark's default)")
    parser.add_argument("--sql", action="store_true", help="run the job as Spark SQL (SELECT TRANSFORM ... USING) on JSONL input")
    args = parser.parse_args()

    spark = SparkSession.builder.appName("newsnlp-annotate").getOrCreate()
    if args.sql:
        annotated = annotate_sql(spark, args.input, os.path.abspath(args.binary), args.threads)
    else:
        lines = article_lines(spark, args.input, args.partitions)
        annotated = annotate(spark, lines, os.path.abspath(args.binary), args.threads)
    if args.format == "jsonl":
        annotated.saveAsTextFile(args.output)
    else:
        spark.read.schema(SCHEMA).json(annotated).write.mode("overwrite").parquet(args.output)
    spark.stop()


if __name__ == "__main__":
    main()
