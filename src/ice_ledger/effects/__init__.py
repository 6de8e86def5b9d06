"""Policy effects: the estimators (did.py, cs.py ...) and the applications built on the warehouse."""
