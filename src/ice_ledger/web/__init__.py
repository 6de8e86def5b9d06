"""The web app and HTTP API: thin routes over the same library calls as the CLI.

    from ice_ledger.web import create_app
    app = create_app(home)          # serve with `ice-ledger serve`
"""

from ice_ledger.web.app import create_app

__all__ = ["create_app"]
