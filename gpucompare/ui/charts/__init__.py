"""Charts over the filtered catalog: scatter, ranking, trend, and their style."""
