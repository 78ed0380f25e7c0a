"""Small shared helpers with no pipeline knowledge."""
