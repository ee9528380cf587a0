"""The hardware page: filters, catalog table, details and compare panels."""
