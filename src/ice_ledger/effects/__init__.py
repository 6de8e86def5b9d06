"""Policy effects: estimators (did.py ...) and the registry of published studies (studies.py)."""
