"""Geography: FIPS codes, the gazetteer of states, counties and places, and the name resolver."""
