"""Writes to the economy. Each checks permission, versions what it changes and leaves history."""
