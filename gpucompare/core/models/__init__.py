"""The model description (parameters, shape, experts) and its presets, for both calculators."""
