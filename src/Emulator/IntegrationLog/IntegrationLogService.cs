using BackInStock.Emulator.Paging;
using BackInStock.Emulator.Storage;

namespace BackInStock.Emulator.IntegrationLog;

/// <summary>The integration log, newest first, capped by <see cref="EmulatorOptions.LogCapacity"/>.</summary>
public sealed class IntegrationLogService(IEmulatorStore store)
{
    public IReadOnlyList<LogEntry> List(LogQuery query) => store.Read(session => session.LogEntries(query));

    /// <summary>The page the query's offset and limit select, with how many match in all.</summary>
    public Page<LogEntry> Page(LogQuery query) => store.Read(session => new Page<LogEntry>(session.LogEntries(query), query.Offset, session.CountLogEntries(query)));
}
