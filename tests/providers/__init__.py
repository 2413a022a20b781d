"""The provider contract suite and each provider's subclass of it."""
