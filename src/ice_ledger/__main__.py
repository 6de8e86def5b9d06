"""`python -m ice_ledger` is the same as the `ice-ledger` command."""

from ice_ledger.cli import main

main()
