#!/usr/bin/env bash
# A cash register's day with curl: identify → quote → commit (and its retry) → refund.
#
#   REGULARS_TOKEN=rg_… ./register_day.sh 2000000000015 125050
#
# $1 the card number scanned, $2 the amount in minor units (1250.50 is 125050).
# The token comes from `regulars registers add NAME`; the server from `regulars serve`
# (or the running till). JSON is read with python3 so nothing else needs installing.
set -euo pipefail
url="${REGULARS_URL:-http://127.0.0.1:8737}/api/v1"
card="${1:?the card number}"
amount="${2:-125050}"
auth="Authorization: Bearer ${REGULARS_TOKEN:?set REGULARS_TOKEN}"

post() {  # post PATH JSON: the answer on stdout; a refusal's words on stderr, status 1
  curl -sS --fail-with-body -X POST "$url/$1" -H "$auth" -H "Content-Type: application/json" \
    -d "$2"
}
field() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }

member=$(post identify "{\"card\": \"$card\"}")
echo "identify: $member"
member_id=$(field '["member_id"]' <<<"$member")

quote=$(post quote "{\"member_id\": \"$member_id\", \"amount_minor\": $amount}")
echo "quote: $quote"
earned=$(field '["points_earned"]' <<<"$quote")

sale_id="curl-$(date +%s)-$RANDOM"
sale="{\"member_id\": \"$member_id\", \"amount_minor\": $amount, \"sale_id\": \"$sale_id\",
       \"receipt_number\": \"R-$RANDOM\", \"quoted_points_earned\": $earned}"
committed=$(post commit "$sale")
echo "commit: $committed"
again=$(post commit "$sale")  # a retry after a lost answer: the same bytes come back
[ "$again" = "$committed" ] && echo "retry: the same answer"
purchase_id=$(field '["purchase_id"]' <<<"$committed")

refund=$(post refunds "{\"refund_id\": \"$sale_id-r1\", \"purchase_id\": \"$purchase_id\",
                        \"amount_minor\": $((amount / 4)), \"reason\": \"one item returned\"}")
echo "refund: $refund"
