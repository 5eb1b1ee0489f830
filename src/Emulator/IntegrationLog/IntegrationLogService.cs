using BackInStock.Emulator.Storage;

namespace BackInStock.Emulator.IntegrationLog;

/// <summary>The integration log, newest first, capped by <see cref="EmulatorOptions.LogCapacity"/>.</summary>
public sealed class IntegrationLogService(IEmulatorStore store)
{
    public IReadOnlyList<LogEntry> List(LogQuery query) => store.Read(session => session.LogEntries(query));
}
