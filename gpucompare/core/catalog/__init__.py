"""The device catalog: schema, reading, validation, loading, metrics, filters, export."""
