"""The embedded warehouse: DuckDB metadata and views over Parquet parts, with lineage and quarantine."""
