"""Policy metrics (287(g) agreements, sanctuary definitions) — declared when the policy registry tables land."""
