"""Survey exports and idea lists (CSV, XLSX) turned into domain cards."""
