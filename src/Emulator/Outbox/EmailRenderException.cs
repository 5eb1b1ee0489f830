namespace BackInStock.Emulator.Outbox;

/// <summary>A template that could not be rendered for one subscription: a runtime error or an exhausted budget.</summary>
public sealed class EmailRenderException(string message, Exception? inner = null) : Exception(message, inner);
