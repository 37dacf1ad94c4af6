#!/usr/bin/env bash
# Prints the path of a Spark home made from Maven jars alone: a folder whose jars/ holds
# spark-sql and everything it depends on, at the project's Spark and Scala versions, like the
# jars/ folder of a Spark distribution. cluster.sh runs the standalone Master and Workers from it,
# and submit.sh runs org.apache.spark.deploy.SparkSubmit from it where spark-submit is not
# installed. Built once (Maven copies the jars from its local repository) and cached in
# target/spark-home; BRIEFLENS_SPARK_HOME_DIR chooses another folder.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
home="${BRIEFLENS_SPARK_HOME_DIR:-$root/target/spark-home}"

property() { sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$root/pom.xml" | head -1; }
spark_version="$(property spark.version)"
scala_version="$(property scala.binary.version)"
ready="$home/jars/.spark_${scala_version}-${spark_version}"

if [[ ! -f $ready ]]; then
  echo "brieflens: collecting Spark $spark_version jars into $home/jars (once)..." >&2
  mkdir -p "$home"
  cat > "$home/pom.xml" <<EOF
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>org.brieflens</groupId>
  <artifactId>brieflens-spark-home</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency>
      <groupId>org.apache.spark</groupId>
      <artifactId>spark-sql_${scala_version}</artifactId>
      <version>${spark_version}</version>
    </dependency>
  </dependencies>
</project>
EOF
  rm -rf "$home/jars.partial"
  mvn -B -q -f "$home/pom.xml" org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy-dependencies \
    -DoutputDirectory="$home/jars.partial" >&2
  rm -rf "$home/jars"
  mv "$home/jars.partial" "$home/jars" # complete or absent, never half-copied
  touch "$ready"
fi
echo "$home"
