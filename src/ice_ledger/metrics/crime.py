"""Crime metrics (agency-year and county-year counts and rates) — declared when the crime tables land."""
