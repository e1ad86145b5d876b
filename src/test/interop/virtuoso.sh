#!/usr/bin/env bash
# Starts Virtuoso Open Source (Debian's virtuoso-opensource) on loopback ports with a database of its own in DIR,
# and loads a dump: an N-Triples dump into the graph urn:paperkg:dump, an N-Quads dump into its own graphs. Prints the
# SPARQL endpoint; `stop DIR` stops it. A folder of *.nq.gz parts loads like an N-Quads dump.
# Usage: virtuoso.sh start DIR DUMP.nt|DUMP.nq|PARTS_DIR ISQL_PORT HTTP_PORT | virtuoso.sh stop DIR ISQL_PORT
set -euo pipefail
cmd=$1 dir=$(realpath -m "$2")
if [ "$cmd" = stop ]; then
  isql-vt "127.0.0.1:$3" dba dba exec="shutdown;" >/dev/null 2>&1 || true
  exit 0
fi
dump=$(realpath "$3") isql=$4 http=$5
mkdir -p "$dir/db" "$dir/data"
if [ -d "$dump" ]; then
  # A folder of gzip N-Quads parts (paperkg spark --out DIR): loaded as they are, each into its own graphs.
  cp "$dump"/*.nq.gz "$dir/data/"
  file='*.nq.gz'
else
  file="dump.${dump##*.}"
  cp "$dump" "$dir/data/$file"
fi
cat > "$dir/virtuoso.ini" <<INI
[Database]
DatabaseFile = $dir/db/virtuoso.db
ErrorLogFile = $dir/db/virtuoso.log
LockFile = $dir/db/virtuoso.lck
TransactionFile = $dir/db/virtuoso.trx
xa_persistent_file = $dir/db/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = $dir/db/virtuoso-temp.db
TransactionFile = $dir/db/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0
[Parameters]
ServerPort = 127.0.0.1:$isql
DirsAllowed = ., $dir/data, /usr/share/virtuoso-opensource-7/vad
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
MaxQueryMem = 256M
ThreadsPerQuery = 2
[HTTPServer]
ServerPort = 127.0.0.1:$http
ServerRoot = /var/lib/virtuoso-opensource-7/vsp
MaxClientConnections = 4
[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 120
MaxQueryCostEstimationTime = 0
INI
virtuoso-t -c "$dir/virtuoso.ini" +wait >/dev/null
isql-vt "127.0.0.1:$isql" dba dba exec="ld_dir('$dir/data', '$file', 'urn:paperkg:dump'); rdf_loader_run(); checkpoint;" >/dev/null
echo "http://127.0.0.1:$http/sparql"
