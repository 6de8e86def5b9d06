#!/usr/bin/env bash
# The demo: build the warehouse from the offline mirror when it is there (else fetch from the official
# URLs), then show what the ledger holds and check the example article.
set -euo pipefail
IL="${PY:-python} -m ice_ledger"
MIRROR="${MIRROR:-../shared/data}"
if [ -d "$MIRROR" ]; then
  echo "== building from the mirror at $MIRROR"
  $IL build --mirror "$MIRROR"
else
  echo "== no mirror at $MIRROR: fetching from the official URLs"
  $IL fetch
  $IL build
fi
echo "== QA checks"
$IL qa --strict
echo "== ICE's published FY2018 figures"
$IL table official_figures --where fiscal_year=2018 --columns metric,value,unit,verification,citation_url || true
echo "== ICE's published totals recomputed from the national records (the FY2019 files stop on 31 Aug 2019)"
$IL metric admin_arrests --by fiscal_year --compare-sources
$IL metric removals_total --by fiscal_year --compare-sources
$IL metric admin_arrests --by fiscal_year --by method_group
echo "== checking the example op-ed (published early FY2019)"
$IL check "$MIRROR/../reference/example_article.txt" --date 2018-12-15
