"""The app's own widgets: Line-API list and article view, legend, entity panel."""
